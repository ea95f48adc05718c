-- Star writes against Goldstar's comment server: each request is a new reader starring a comment
-- (every tenth stars the post), so every 200 is one more star the server must keep.
-- Arguments after `--`: the thread's stars path, the comment ids (comma separated), a file of reader
-- tokens the server signed (one a line), how many of them each wrk thread may use, and optionally
-- the milliseconds to wait before each request.
dofile("report.lua")

function init(args)
   path = args[1]
   ids = {}
   for id in string.gmatch(args[2], "%d+") do
      table.insert(ids, id)
   end
   readers = thread_tokens(args[3], tonumber(args[4]))
   n, acked, refused = 0, 0, 0
   pace(tonumber(args[5])) -- optional
end

function request()
   n = n + 1
   local comment = (n % 10 == 0) and "null" or ids[(n % #ids) + 1]
   local reader = readers[((n - 1) % #readers) + 1] -- past the last, a star again: counted once
   local body = string.format('{"reader": "%s", "comment": %s}', reader, comment)
   return wrk.format("PUT", path, { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
   if status == 200 then
      acked = acked + 1
   else
      refused = refused + 1
   end
end
