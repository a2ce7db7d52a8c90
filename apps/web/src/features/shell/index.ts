/** The frame around every page: header with navigation and account menu, footer, the 404 page. */
export { NotFoundPage } from "./not-found-page";
export { SiteFooter } from "./site-footer";
export { SiteHeader } from "./site-header";
