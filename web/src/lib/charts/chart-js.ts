// Chart.js with only the parts FireStream's charts use (tree-shaken registrations). Imported
// dynamically by Chart.svelte, so only the analytics pages load it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

// The site's look (app.css tokens).
Chart.defaults.color = "#d9c6b5";
Chart.defaults.borderColor = "rgba(122, 82, 66, 0.45)";
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
Chart.defaults.maintainAspectRatio = false;

export { Chart };
