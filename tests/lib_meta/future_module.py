from __future__ import annotations, division
import __future__


def f(x: undefined_name) -> also_undefined:
    return x


print(f(1), f.__annotations__)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease())
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, division is __future__.division)
