// The signed-in area's not-found page is the site's, drawn inside the app shell.
export { default } from "../not-found";
