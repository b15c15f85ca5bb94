-- wrk script for AcknowledgeBenchmark: one connection per wrk thread, each thread one client.
-- init args: <file of "announcementId username" lines> <number of threads>
-- Thread t takes every t-th line; every line is a person acknowledging one announcement for the first time.
local threads = {}
local next_id = 1

function setup(thread)
   thread:set("tid", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function init(args)
   probe = tid == 1
   local n = tonumber(args[2])
   items = {}
   local i = 0
   for line in io.lines(args[1]) do
      if i % n == tid - 1 then
         local id, user = line:match("^(%S+) (%S+)$")
         table.insert(items, { "/rest/hallway/1.0/announcements/" .. id .. "/acknowledgements", user })
      end
      i = i + 1
   end
   sent, answered, ok, bad, exhausted = 0, 0, 0, 0, 0
end

function request()
   if probe then
      -- wrk 4.1 calls request() once on the first thread's state before connecting, to check the script
      -- (script_verify_request); that request is never sent, so it must not take a person.
      probe = false
      return wrk.format("GET", "/rest/sandbox/health")
   end
   local item = items[sent + 1]
   if item == nil then
      exhausted = exhausted + 1
      return wrk.format("GET", "/rest/sandbox/health", { ["X-Sandbox-User"] = "eli" })
   end
   sent = sent + 1
   return wrk.format("POST", item[1], { ["X-Sandbox-User"] = item[2], ["Content-Type"] = "application/json", ["X-Atlassian-Token"] = "no-check",
      ["Content-Length"] = "0" }, "")
end

function response(status, headers, body)
   if exhausted > 0 then
      return
   end
   answered = answered + 1
   if status >= 200 and status < 300 then ok = ok + 1 else bad = bad + 1 end
end

function done(summary, latency, requests)
   for _, t in ipairs(threads) do
      -- SENT <thread> <requests sent> <answered> <2xx> <other> <ran out of people>
      io.write(string.format("SENT %d %d %d %d %d %d\n", t:get("tid"), t:get("sent"), t:get("answered"), t:get("ok"),
         t:get("bad"), t:get("exhausted")))
   end
end
