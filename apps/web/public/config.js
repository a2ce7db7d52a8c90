// Runtime configuration, loaded before the app. A deployment may overwrite this
// file, e.g. window.__LILA_CONFIG__ = { apiUrl: "https://api.example.com" };
// An empty object means: call the API on the same origin as the page.
window.__LILA_CONFIG__ = {};
