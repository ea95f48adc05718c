-- Vote writes against Isso: POST /id/<id>/like from a new address each time (Isso trusts
-- X-Forwarded-For from 127.0.0.1 in the benchmark's config and keeps one vote per /24).
-- Isso answers 200 with a "message" when it refuses a vote (already voted, or 142 votes reached):
-- only a 200 without one is a vote Isso must keep.
-- Arguments after `--`: the comment ids (comma separated), and the first octet of this run's
-- addresses (each run votes from addresses no earlier run used), and optionally the milliseconds
-- to wait before each request.
dofile("report.lua")

function init(args)
   ids = {}
   for id in string.gmatch(args[1], "%d+") do
      table.insert(ids, id)
   end
   first = tonumber(args[2]) or 10
   n, acked, refused = 0, 0, 0
   pace(tonumber(args[3])) -- optional
end

function request()
   n = n + 1
   local address = string.format("%d.%d.%d.1", first + tid, math.floor(n / 256) % 256, n % 256)
   local path = "/id/" .. ids[(n % #ids) + 1] .. "/like"
   return wrk.format("POST", path, { ["X-Forwarded-For"] = address }, nil)
end

function response(status, headers, body)
   if status == 200 and not string.find(body, '"message"', 1, true) then
      acked = acked + 1
   else
      refused = refused + 1
   end
end
