/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type Role =
  /** Schedules shows, broadcasts them and sees who watched */
  | "ORGANIZER"
  /** A fan: registers for shows and watches them */
  | "VIEWER";

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  email: string;
  /** Shown to organizers */
  name: string;
  /** At least 10 characters */
  password: string;
};

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = {
  signUp:
    | { __typename: "ConflictError"; message: string }
    | { __typename: "ForbiddenError"; message: string }
    | {
        __typename: "SignInPayload";
        token: string;
        expiresAt: string;
        user: { id: string; email: string; name: string; role: Role };
      }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "SignInPayload"; token: string; user: { id: string } }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type SignOutMutationVariables = Exact<{
  everywhere?: boolean | null | undefined;
}>;

export type SignOutMutation = {
  signOut:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "SignOutPayload"; signedOut: boolean }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = {
  changePassword:
    | { __typename: "ForbiddenError"; message: string }
    | { __typename: "InvalidCredentialsError"; message: string }
    | { __typename: "SignInPayload"; token: string }
    | { __typename: "UnauthenticatedError"; message: string }
    | { __typename: "ValidationError"; message: string; issues: Array<{ path: Array<string>; message: string }> };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { id: string; email: string; name: string; role: Role } | null };

export type FixtureSignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type FixtureSignInMutation = {
  signIn:
    | { __typename: "ForbiddenError" }
    | { __typename: "InvalidCredentialsError" }
    | { __typename: "SignInPayload"; token: string }
    | { __typename: "UnauthenticatedError" }
    | { __typename: "ValidationError" };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on SignInPayload {
      token
      expiresAt
      user {
        id
        email
        name
        role
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignInPayload {
      token
      user {
        id
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut($everywhere: Boolean) {
  signOut(everywhere: $everywhere) {
    __typename
    ... on SignOutPayload {
      signedOut
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
    ... on SignInPayload {
      token
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const FixtureSignInDocument = new TypedDocumentString(`
    mutation FixtureSignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignInPayload {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureSignInMutation, FixtureSignInMutationVariables>;
