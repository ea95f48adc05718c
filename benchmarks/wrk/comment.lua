-- New comments: each request POSTs the JSON body template given, its @N@ replaced by a number no
-- other request of the run uses (so every comment is a new one, from a new commenter), and its
-- @READER@ by the next reader token of the file given (wrk's Lua cannot sign them).
-- Arguments after `--`: the path, the body template, the status that acknowledges a comment, and
-- optionally a file of reader tokens the server signed (one a line) and how many of them each wrk
-- thread may use.
dofile("report.lua")

function init(args)
   path = args[1]
   template = args[2]
   expected = tonumber(args[3])
   readers = args[4] and thread_tokens(args[4], tonumber(args[5])) or {}
   n, acked, refused = 0, 0, 0
end

function request()
   n = n + 1
   local body = (string.gsub(template, "@N@", string.format("%d-%08d", tid, n)))
   if #readers > 0 then
      body = (string.gsub(body, "@READER@", readers[((n - 1) % #readers) + 1]))
   end
   return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
   if status == expected then
      acked = acked + 1
   else
      refused = refused + 1
   end
end
