-- wrk script for scale: GET /rest/sandbox/health as a logged-in user (Jetty, the user filter, Jersey and
-- Jackson, no Hallway code): the server CPU any REST request pays before the plugin's part.
wrk.path = "/rest/sandbox/health"
wrk.headers["X-Sandbox-User"] = "eli"
