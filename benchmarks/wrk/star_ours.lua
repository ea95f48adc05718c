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
   local per, first = tonumber(args[4]), (tid - 1) * tonumber(args[4])
   readers = {}
   local line = 0
   for token in io.lines(args[3]) do
      line = line + 1
      if line > first + per then break end
      if line > first then table.insert(readers, token) end
   end
   n, acked, refused = 0, 0, 0
   -- Optional: milliseconds to wait before each request (a steady trickle of writes).
   local pause = tonumber(args[5])
   if pause then
      delay = function() return pause end
   end
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
