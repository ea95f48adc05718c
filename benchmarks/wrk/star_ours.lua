-- Star writes against Goldstar's comment server: each request is a new reader starring a comment
-- (every tenth stars the post), so every 200 is one more star the server must keep.
-- Arguments after `--`: the thread's stars path, the comment ids (comma separated), a run tag,
-- and optionally the milliseconds to wait before each request.
dofile("report.lua")

function init(args)
   path = args[1]
   ids = {}
   for id in string.gmatch(args[2], "%d+") do
      table.insert(ids, id)
   end
   tag = args[3]
   n, acked, refused = 0, 0, 0
   -- Optional: milliseconds to wait before each request (a steady trickle of writes).
   local pause = tonumber(args[4])
   if pause then
      delay = function() return pause end
   end
end

function request()
   n = n + 1
   local comment = (n % 10 == 0) and "null" or ids[(n % #ids) + 1]
   local body = string.format('{"reader": "wrk-reader-%s-%d-%08d", "comment": %s}', tag, tid, n, comment)
   return wrk.format("PUT", path, { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
   if status == 200 then
      acked = acked + 1
   else
      refused = refused + 1
   end
end
