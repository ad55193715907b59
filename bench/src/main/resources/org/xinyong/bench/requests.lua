-- wrk script for ApiBenchmark: cycles through a request file, one request per line:
--   METHOD <tab> PATH [<tab> BODY]   (newlines inside BODY written as the byte 0x1e)
-- Each thread starts at its own offset. done() prints one machine-readable line.
-- Usage: wrk -t2 -c16 -d20s -s requests.lua http://127.0.0.1:PORT -- requests.txt [content-type]
local requests = {}
local index = 0
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  local file = args[1]
  local contentType = args[2] or "application/x-ndjson"
  for line in io.lines(file) do
    local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
    if method then
      local headers = {}
      if body ~= nil and body ~= "" then
        body = (body:gsub("\30", "\n"))
        headers["Content-Type"] = contentType
      else
        body = nil
      end
      requests[#requests + 1] = wrk.format(method, path, headers, body)
    end
  end
  index = ((id or 0) * 7919) % #requests
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d socket_errors=%d non2xx=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
