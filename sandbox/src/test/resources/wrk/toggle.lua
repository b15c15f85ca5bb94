-- wrk script for FeedbackBenchmarks' toggles: one connection per wrk thread, each thread one user who
-- toggles a random reaction on one page, remembering its state (changed only on a 200).
-- init args: <path prefix /rest/hallway/1.0/reactions/{page}/> <comma-separated URL-encoded reactions>
--            <comma-separated "user:initial bits" per thread, e.g. eli:01000> <random seed>
local threads = {}
local next_id = 1

function setup(thread)
   thread:set("tid", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function init(args)
   probe = tid == 1
   prefix = args[1]
   reactions = {}
   for r in args[2]:gmatch("[^,]+") do table.insert(reactions, r) end
   local clients = {}
   for c in args[3]:gmatch("[^,]+") do table.insert(clients, c) end
   local user, bits = clients[tid]:match("^(.*):(%d+)$")
   me = user
   state = {}
   for i = 1, #reactions do state[i] = bits:sub(i, i) == "1" end
   math.randomseed(tonumber(args[4]) + tid)
   sent, answered, ok, bad, pending = 0, 0, 0, 0, 0
end

function request()
   if probe then
      -- wrk 4.1 calls request() once on the first thread's state before connecting, to check the script
      -- (script_verify_request); that request is never sent, so it must not count as a toggle.
      probe = false
      return wrk.format("GET", "/rest/sandbox/health")
   end
   pending = math.random(#reactions)
   sent = sent + 1
   local method = state[pending] and "DELETE" or "PUT"
   return wrk.format(method, prefix .. reactions[pending], { ["X-Sandbox-User"] = me, ["X-Atlassian-Token"] = "no-check", ["Content-Length"] = "0" }, "")
end

function response(status, headers, body)
   answered = answered + 1
   if status == 200 then
      ok = ok + 1
      state[pending] = not state[pending]
   else
      bad = bad + 1
   end
end

function done(summary, latency, requests)
   for _, t in ipairs(threads) do
      local s = t:get("state")
      local bits = ""
      for i = 1, #s do bits = bits .. (s[i] and "1" or "0") end
      -- STATE <user> <bits after the answered toggles> <reaction of the last request> <sent> <answered> <200s> <other>
      io.write(string.format("STATE %s %s %d %d %d %d %d\n", t:get("me"), bits, t:get("pending"), t:get("sent"),
         t:get("answered"), t:get("ok"), t:get("bad")))
   end
end
