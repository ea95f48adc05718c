-- New comments: each request POSTs the JSON body template given, its @N@ replaced by a number no
-- other request of the run uses (so every comment is a new one, from a new commenter).
-- Arguments after `--`: the path, the body template, and the status that acknowledges a comment.
dofile("report.lua")

function init(args)
   path = args[1]
   template = args[2]
   expected = tonumber(args[3])
   n, acked, refused = 0, 0, 0
end

function request()
   n = n + 1
   local body = (string.gsub(template, "@N@", string.format("%d-%08d", tid, n)))
   return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
   if status == expected then
      acked = acked + 1
   else
      refused = refused + 1
   end
end
