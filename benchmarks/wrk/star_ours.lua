-- Star writes against Goldstar's comment server: each request is a new reader starring a comment
-- (every tenth stars the post), so every 200 is one more star the server must keep.
-- Arguments after `--`: the thread's stars path, the comment ids (comma separated), a run tag.
dofile("report.lua")

function init(args)
   path = args[1]
   ids = {}
   for id in string.gmatch(args[2], "%d+") do
      table.insert(ids, id)
   end
   tag = args[3]
   n, acked, refused = 0, 0, 0
end

function request()
   n = n + 1
   local comment = (n % 10 == 0) and "null" or ids[(n % #ids) + 1]
   local body = string.format('{"reader": "wrk-reader-%s-%d-%08d", "comment": %s}', tag, tid, n, comment)
   -- Each with an Idempotency-Key, as the embed sends every star (a server before them ignores it).
   local key = string.format("wrk-key-%s-%d-%08d", tag, tid, n)
   local headers = { ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }
   return wrk.format("PUT", path, headers, body)
end

function response(status, headers, body)
   if status == 200 then
      acked = acked + 1
   else
      refused = refused + 1
   end
end
