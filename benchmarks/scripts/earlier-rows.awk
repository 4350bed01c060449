# The rows of the previous raw file that benchmarks/run.sh keeps, read with the file given twice:
# the load and warm-up rows of the scenarios this run does not measure, and the generation rows they
# ran in, each listing only those scenarios (an older generation row without a list served all of the
# file's scenarios). With extend=1 the rows of the measured scenarios are kept too. With bases=1 it
# prints, instead of rows, the last round and the last generation of the measured scenarios among the
# kept rows (0 0 without extend=1), after which an extending run numbers its own.
# Variables: chosen (the measured scenarios, space-separated with a space before and after),
# extend (0 or 1), bases (0 or 1).
BEGIN { FS = "\t" }
function measured(scenario) { return index(chosen, " " scenario " ") > 0 }
function kept(scenario) { return extend == 1 || !measured(scenario) }
# first pass: the file's scenarios, in the order they first appear
FNR == NR { if ($1 == "load" && !($3 in seen)) { seen[$3] = 1; scenarios[++count] = $3 }; next }
($1 == "load" || $1 == "warmup") && kept($3) {
	if ($1 == "load" && measured($3) && $2 + 0 > lastRound) lastRound = $2 + 0
	if (!bases) print
	next
}
$1 == "generation" {
	scope = ""
	n = 0
	if ($5 != "") n = split($5, served, " "); else for (k = 1; k <= count; k++) served[++n] = scenarios[k]
	for (i = 1; i <= n; i++) {
		if (!kept(served[i])) continue
		scope = scope (scope == "" ? "" : " ") served[i]
		if (measured(served[i]) && $2 + 0 > lastGeneration) lastGeneration = $2 + 0
	}
	if (scope != "" && !bases) print "generation\t" $2 "\t" $3 "\t" $4 "\t" scope
	delete served
}
END { if (bases) print lastRound + 0, lastGeneration + 0 }
