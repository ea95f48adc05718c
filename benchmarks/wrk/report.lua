-- Shared by the benchmark's wrk scripts: keep each thread, count answers, print one JSON line at the end.
-- A script that counts answers sets the globals `acked` and `refused` in its threads.

local threads = {}
local next_id = 0

function setup(thread)
   next_id = next_id + 1
   thread:set("tid", next_id)
   table.insert(threads, thread)
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
