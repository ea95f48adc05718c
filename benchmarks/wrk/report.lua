-- Shared by the benchmark's wrk scripts: keep each thread, count answers, print one JSON line at the end.
-- A script that counts answers sets the globals `acked` and `refused` in its threads. Its init can
-- take this thread's share of a file of tokens (thread_tokens) and pace its requests (pace).

local threads = {}
local next_id = 0

function setup(thread)
   next_id = next_id + 1
   thread:set("tid", next_id)
   table.insert(threads, thread)
end

-- The lines of *file* this wrk thread may use: the tid-th slice of *per* lines (no two threads
-- share a token).
function thread_tokens(file, per)
   local tokens, first, line = {}, (tid - 1) * per, 0
   for token in io.lines(file) do
      line = line + 1
      if line > first + per then break end
      if line > first then table.insert(tokens, token) end
   end
   return tokens
end

-- Wait *pause* milliseconds before each request when it is given (a steady trickle of writes).
function pace(pause)
   if pause then
      delay = function() return pause end
   end
end

function done(summary, latency, requests)
   local acked, refused = 0, 0
   for _, thread in ipairs(threads) do
      acked = acked + (thread:get("acked") or 0)
      refused = refused + (thread:get("refused") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, '
         .. '"errors_read": %d, "errors_write": %d, "errors_status": %d, "errors_timeout": %d, '
         .. '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f, '
         .. '"acked": %d, "refused": %d}\n',
      summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
      e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, latency.mean, acked, refused))
end
