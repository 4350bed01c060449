-- wrk script shared by every load scenario. Settings come from the environment:
--   BENCH_METHOD (GET), BENCH_BODY_FILE (JSON body, optional), BENCH_CLOSE=1 (send Connection: close),
--   BENCH_EXPECT_STATUS (the status every response must have).
-- done() prints one line "RESULT {json}" with throughput inputs, latency percentiles (microseconds),
-- how many responses had the expected status, and how many told the client to close the connection
-- (each of those makes wrk open a new one).

local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY_FILE")
local close = os.getenv("BENCH_CLOSE") == "1"
local expect = tonumber(os.getenv("BENCH_EXPECT_STATUS") or "200")

wrk.method = method
wrk.headers["Accept"] = "application/json"
if body_file ~= nil and body_file ~= "" then
  local file = assert(io.open(body_file, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end
if close then
  wrk.headers["Connection"] = "close"
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  expected = 0
  unexpected = 0
  closing = 0
end

function response(status, headers, body)
  if status == expect then
    expected = expected + 1
  else
    unexpected = unexpected + 1
  end
  local connection = headers["Connection"] or headers["connection"]
  if connection ~= nil and string.lower(connection) == "close" then
    closing = closing + 1
  end
end

function done(summary, latency, requests)
  local e, u, c = 0, 0, 0
  for _, thread in ipairs(threads) do
    e = e + thread:get("expected")
    u = u + thread:get("unexpected")
    c = c + thread:get("closing")
  end
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,' ..
    '"write_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d,' ..
    '"expected_status":%d,"unexpected_status":%d,"closing_responses":%d}\n',
    summary.requests, summary.duration, summary.bytes, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.mean, latency.max, e, u, c))
end
