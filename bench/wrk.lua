-- wrk script of `make bench`: each thread walks its own share of a list of requests, one per
-- line "METHOD<TAB>PATH<TAB>COOKIE<TAB>BODY" in the file named by BENCH_REQUESTS, so every POST
-- names a different learner and lesson (or attempt). done() prints one JSON line for bench/run.py.

local threads = {}
local counter = 0

local function load(path)
  local items = {}
  for line in io.lines(path) do
    local method, target, cookie, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
    if method then
      local headers = {}
      if cookie ~= "" then headers["Cookie"] = cookie end
      if body ~= "" then
        headers["Content-Type"] = "application/x-www-form-urlencoded"
      else
        body = nil
      end
      items[#items + 1] = wrk.format(method, target, headers, body)
    end
  end
  return items
end

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  items = load(os.getenv("BENCH_REQUESTS"))
  step = tonumber(os.getenv("BENCH_THREADS") or "1")
  index = id - 1
  sent = 0
  wrapped = 0
end

function request()
  local item = items[(index % #items) + 1]
  if index >= #items then wrapped = 1 end
  index = index + step
  sent = sent + 1
  return item
end

function done(summary, latency, requests)
  local sent_total, wrapped_any = 0, 0
  for _, thread in ipairs(threads) do
    sent_total = sent_total + (thread:get("sent") or 0)
    wrapped_any = math.max(wrapped_any, thread:get("wrapped") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "p50_us": %d, ' ..
    '"p95_us": %d, "p99_us": %d, "max_us": %d, "sent": %d, "wrapped": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    sent_total, wrapped_any))
end
