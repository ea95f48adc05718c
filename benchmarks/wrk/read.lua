-- Reads: wrk's own GET of the URL given on its command line; this only reports.
dofile("report.lua")
