-- wrk script for bench/api_latency.py: GETs the paths listed in a file (one a
-- line, round robin per connection), counts X-Cache hits and misses and non-200 answers,
-- and prints one JSON line of figures when the run is done.
--   wrk -t2 -c50 -d20s -s bench/wrk_paths.lua http://127.0.0.1:PORT -- paths.txt
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  counter = math.random(#paths)
  hits, misses, bad = 0, 0, 0
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
  local cache = headers["x-cache"] or headers["X-Cache"]
  if cache == "hit" then hits = hits + 1 end
  if cache == "miss" then misses = misses + 1 end
end

function done(summary, latency, requests)
  local all_hits, all_misses, all_bad = 0, 0, 0
  for _, thread in ipairs(threads) do
    all_hits = all_hits + thread:get("hits")
    all_misses = all_misses + thread:get("misses")
    all_bad = all_bad + thread:get("bad")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "p50_ms": %.3f, "p99_ms": %.3f, "mean_ms": %.3f, ' ..
    '"non_200": %d, "socket_errors": %d, "hits": %d, "misses": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.mean / 1000, all_bad, e.connect + e.read + e.write + e.timeout, all_hits, all_misses))
end
