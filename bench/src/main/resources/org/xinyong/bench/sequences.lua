-- wrk script for ApiBenchmark: each line of the request file is a sequence of requests sent one
-- after another on one connection, and timed as one (a search that needs the answer of another):
--   METHOD <tab> PATH [<tab> BODY] [<0x1d> METHOD <tab> PATH [<tab> BODY] ...]
-- (newlines inside a BODY written as the byte 0x1e). Needs one connection per thread (-t N -c N):
-- wrk calls request() and response() per thread, not per connection.
-- done() prints one machine-readable line with the sequence latencies in microseconds, measured
-- with the monotonic clock through LuaJIT's ffi.
-- Usage: wrk -t16 -c16 -d20s -s sequences.lua http://127.0.0.1:PORT -- sequences.txt [content-type]
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } xy_timespec; int clock_gettime(int, xy_timespec*); ]]
local clock = ffi.new("xy_timespec")
local function now_us()
  ffi.C.clock_gettime(1, clock)  -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

local all_threads = {}
local sequences = {}
local line = 0
local step = 0
local started = 0
samples = {}
failures = 0

function setup(thread)
  thread:set("id", #all_threads)
  all_threads[#all_threads + 1] = thread
end

function init(args)
  local contentType = args[2] or "application/json"
  for text in io.lines(args[1]) do
    local sequence = {}
    for part in (text .. "\29"):gmatch("([^\29]*)\29") do
      local method, path, body = part:match("^(%u+)\t([^\t]+)\t?(.*)$")
      if method then
        local headers = {}
        if body ~= nil and body ~= "" then
          body = (body:gsub("\30", "\n"))
          headers["Content-Type"] = contentType
        else
          body = nil
        end
        sequence[#sequence + 1] = wrk.format(method, path, headers, body)
      end
    end
    if #sequence > 0 then
      sequences[#sequences + 1] = sequence
    end
  end
  line = ((id or 0) * 7919) % #sequences + 1
end

-- request() must not advance the state: wrk calls it once more on the first thread to check the
-- script before any connection opens. response() advances.
function request()
  if step == 0 then
    started = now_us()
  end
  return sequences[line][step + 1]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    failures = failures + 1
  end
  step = step + 1
  if step == #sequences[line] then
    samples[#samples + 1] = now_us() - started
    step = 0
    line = line % #sequences + 1
  end
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  local rank = math.ceil(p / 100 * #sorted)
  if rank < 1 then rank = 1 end
  return sorted[rank]
end

function done(summary, latency, requests)
  local all = {}
  local failed = 0
  for _, thread in ipairs(all_threads) do
    local s = thread:get("samples")
    for i = 1, #s do all[#all + 1] = s[i] end
    failed = failed + thread:get("failures")
  end
  table.sort(all)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d socket_errors=%d non2xx=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d http_requests=%d\n",
    #all, summary.duration, e.connect + e.read + e.write + e.timeout, failed,
    percentile(all, 50), percentile(all, 90), percentile(all, 99), all[#all] or 0, summary.requests))
end
