import { builder } from "./builder";
import "./errors";
import "../accounts/user";
import "../broadcast/broadcast";
import "../notifications/notification-settings";
import "../performances/performance";
import "../registrations/registration";

builder.queryType({ description: "Read FireStream's schedule, shows and account." });
builder.mutationType({ description: "Every mutation returns its result or a typed error implementing Error." });

export const schema = builder.toSchema({ sortSchema: true });
