import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
print(math.inf == float('inf'), math.pi * 2 == math.tau, round(math.e, 5))
