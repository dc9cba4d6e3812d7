#!/usr/bin/env bats
# r18d: values a filer writes in ways the blind review r18a found misread:
# 频度 (a frequency), a ratio with Word's ∶, a 时效 month written
# 2026.06, m<sup>2</sup> in an HTML table, a deadline in a quarter or a
# half of a year, and words after %.  Each case is the clean filing
# fixtures/r18d/base.txt with its 质量指标 row (line 17) changed.

load common
load valuerow

@test "the base filing is clean" {
	run pbcheck --fail-on info "$B"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "M2: 频度 is a frequency as 频率 is: ≥2次/周 is no rate-unit error" {
	f=$(row 数量指标 路况巡查频度 '≥2次/周')
	[ "$(row_ind "$f" '[.op,.num,.unit]')" = '[">=",2,"次/周"]' ]
	[ -z "$(row_rules "$f")" ]
	f=$(row 数量指标 检查频度 '≥1次/月')
	[ -z "$(row_rules "$f")" ]
	# a degree that is a share is still one
	f=$(row 质量指标 群众知晓度 '≥2次/周')
	[ "$(row_rules "$f")" = rate-unit ]
	[[ "$(pbcheck --explain rate-unit | tr '\n' ' ' | tr -s ' ')" == *"频率 and 频度 (≥2次/周)"* ]]
}

@test "M3: a ratio with Word's ∶ (U+2236) or 比 is partial as 1:2000 is, not the number 1" {
	for v in '1:2000' '1∶2000' '1：2000' '1比1'; do
		f=$(row 质量指标 测绘比例尺 "$v")
		[ "$(row_ind "$f" '[.op,.num,.unit,.kind,.partial]')" = '[null,null,null,"text",true]' ] || { echo "$v"; return 1; }
		[ "$(row_rules "$f")" = value-partial ] || { echo "$v"; return 1; }
	done
	f=$(row 质量指标 比例 '≤1∶2000')
	[ "$(row_ind "$f" '[.op,.num,.partial]')" = '["<=",null,true]' ]
	# on a 率 it is value-partial, not a unit ∶1 that is no percentage
	f=$(row 质量指标 配套资金达标率 '1∶1')
	[ "$(row_rules "$f")" = value-partial ]
	# 比 before words is no ratio
	f=$(row 质量指标 三级 '≥5%比上年')
	[ "$(row_ind "$f" '[.num,.partial]')" = '[5,null]' ]
}

@test "M4: under a 时效指标 2026.06 is the month 2026-06, and date-outside-year sees it" {
	f=$(row 时效指标 完成时间 '2026.06')
	[ "$(row_ind "$f" '[.op,.num,.unit,.kind,.date]')" = '[null,null,null,"date","2026-06"]' ]
	[ "$(row_rules "$f")" = date-outside-year ]
	# pbcheck reading pbtable's records reads it so too
	[ "$(pbtable "$f" 2>/dev/null | pbcheck -f ndjson | jq -r 'select(.line==17) | .rule')" = date-outside-year ]
	f=$(row 时效指标 完成时间 '≤2025.6')
	[ "$(row_ind "$f" '[.op,.kind,.date]')" = '["<=","date","2025-06"]' ]
	[ -z "$(row_rules "$f")" ]
	# no year 3025: the number as written
	f=$(row 时效指标 完成时间 '3025.6')
	[ "$(row_ind "$f" '[.num,.kind]')" = '[3025.6,"number"]' ]
	# but a year with no month 13 (or 0) is a date gone wrong, as
	# 2025-13 is: it passed every rule as the number 2025.13
	f=$(row 时效指标 完成时间 '2025.13')
	[ "$(row_ind "$f" '[.num,.kind,.date]')" = '[null,"text",null]' ]
	[ "$(row_rules "$f")" = value-partial ]
	f=$(row 时效指标 完成时间 '2025.0')
	[ "$(row_rules "$f")" = value-partial ]
	f=$(row 时效指标 完成时间 '2025-13')
	[ "$(row_rules "$f")" = value-partial ]
	# elsewhere a number: a cost in 元 whose name gives the unit
	f=$(row 成本指标 单位成本（元） '2026.06')
	[ "$(row_ind "$f" '[.num,.kind,.date]')" = '[2026.06,"number",null]' ]
}

@test "L1: <sup>2</sup> in an HTML table is ², as m ² in a tab grid is; 10<sup>4</sup> is a power, partial" {
	S="$FIX/r18d/sup.md"
	[ "$(ind "$S" 'select(.level3=="养护绿地面积") | [.value,.num,.unit]')" = '["≥320万m²",320,"万m²"]' ]
	[ "$(ind "$S" 'select(.level3=="单位面积养护成本") | .unit')" = '"元/m²"' ]
	[ "$(ind "$S" 'select(.level3=="灌溉用水量") | .unit')" = '"m³"' ]
	[ "$(ind "$S" 'select(.level3=="养护费用上限") | [.value,.num,.partial]')" = '["≤10⁴元",null,true]' ]
	# the tab grid's m ² gives the same unit
	f=$(row 数量指标 养护绿地面积 '≥320万m ²')
	[ "$(row_ind "$f" '.unit')" = '"万m²"' ]
}

@test "L3: words after % are no part of the unit; a 以上 first in them is op" {
	f=$(row 质量指标 完成率 '100%完成')
	[ "$(row_ind "$f" '[.op,.num,.unit]')" = '[null,100,"%"]' ]
	f=$(row 质量指标 完成率 '95%以上完成')
	[ "$(row_ind "$f" '[.op,.num,.unit]')" = '[">=",95,"%"]' ]
	# a word that disagrees with the sign stays, as a trailing one does
	f=$(row 质量指标 完成率 '≥95%以下完成')
	[ "$(row_ind "$f" '[.op,.unit]')" = '[">=","%以下完成"]' ]
	f=$(row 质量指标 增长 '5%/年')
	[ "$(row_ind "$f" '.unit')" = '"%/年"' ]
	# pbcheck now sees it as a percentage: over 100 still fires, and a
	# rate in % is no rate-unit error
	f=$(row 质量指标 完成率 '100100%完成')
	[ "$(row_rules "$f")" = percent-over-100 ]
}

@test "L2: a quarter or a half of a year keeps its deadline: op <=, date the year, no month made up" {
	for v in 2025年第三季度前 2025年Q3 2025年上半年 2025年3季度; do
		f=$(row 时效指标 完成时间 "$v")
		[ "$(row_ind "$f" '[.op,.kind,.date,.partial]')" = '["<=","date","2025",null]' ] || { echo "$v"; return 1; }
		[ -z "$(row_rules "$f")" ] || { echo "$v"; return 1; }
	done
	f=$(row 时效指标 完成时间 '2025年第三季度后')
	[ "$(row_ind "$f" '[.op,.date]')" = '[">=","2025"]' ]
	# a year alone says no deadline; another year is still outside
	f=$(row 时效指标 完成时间 '2025年')
	[ "$(row_ind "$f" '[.op,.date]')" = '[null,"2025"]' ]
	f=$(row 时效指标 完成时间 '2026年上半年')
	[ "$(row_rules "$f")" = date-outside-year ]
}

@test "a multiplier before a metric unit is one unit: 1 万 m ² is 1万m², as 50万m ² is" {
	f=$(row 数量指标 绿化面积 '≥1 万 m ²')
	[ "$(row_ind "$f" '[.value,.num,.unit]')" = '["≥1万m²",1,"万m²"]' ]
	f=$(row 数量指标 发电量 '≥2 亿 kWh')
	[ "$(row_ind "$f" '[.num,.unit]')" = '[2,"亿kWh"]' ]
	# the same unit as written unspaced
	f=$(row 数量指标 绿化面积 '≥50万m ²')
	[ "$(row_ind "$f" '.unit')" = '"万m²"' ]
}

@test "a tolerance after a sign (≤±7%) is text as ±5% is, keeping its sign; no value-partial error" {
	f=$(row 质量指标 电压偏差率 '≤±7%')
	[ "$(row_ind "$f" '[.op,.num,.kind]')" = '["<=",null,"text"]' ]
	[ -z "$(row_rules "$f")" ]
	f=$(row 质量指标 电压偏差率 '±5%')
	[ -z "$(row_rules "$f")" ]
	# a sign with nothing after ± is still garbled
	f=$(row 质量指标 电压偏差率 '≤±')
	[ "$(row_rules "$f")" = value-partial ]
}

@test "a date within its year or month (2025年内, 2025年6月内, 2025年以内) is due by its end: op <=, as 2025年底前 is" {
	f=$(row 时效指标 完成时间 '2025年内')
	[ "$(row_ind "$f" '[.op,.kind,.date]')" = '["<=","date","2025"]' ]
	f=$(row 时效指标 完成时间 '2025年6月内')
	[ "$(row_ind "$f" '[.op,.kind,.date]')" = '["<=","date","2025-06"]' ]
	f=$(row 时效指标 完成时间 '2025年以内')
	[ "$(row_ind "$f" '[.op,.date]')" = '["<=","2025"]' ]
	# a span within is a number of days, as it was
	f=$(row 时效指标 完成时间 '3天内')
	[ "$(row_ind "$f" '[.op,.num,.unit,.kind]')" = '["<=",3,"天","number"]' ]
}

@test "the year's end in a year the cell does not name (年底前, 年内, 本年度内) is date --12, as 12月底前 is" {
	for v in 年底前 年底前完成 年内 本年度内; do
		f=$(row 时效指标 完成时间 "$v")
		[ "$(row_ind "$f" '[.op,.kind,.date]')" = '["<=","date","--12"]' ]
		[ -z "$(row_rules "$f")" ]
	done
	f=$(row 时效指标 完成时间 '当年末')
	[ "$(row_ind "$f" '[.op,.kind,.date]')" = '[null,"date","--12"]' ]
	# words that only start with 年 stay text
	f=$(row 时效指标 完成时间 '年度计划')
	[ "$(row_ind "$f" '[.kind,.date]')" = '["text",null]' ]
}
