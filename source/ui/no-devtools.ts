// Ink connects React DevTools only when DEV=true; the bundle leaves them out (see the build script).
const devtools = {initialize() {}, connectToDevTools() {}};
export default devtools;
