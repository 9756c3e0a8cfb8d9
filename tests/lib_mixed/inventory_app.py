# A small program using several library modules together, the way scripts do.
import json
import random
import textwrap
import warnings
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto
from typing import Dict, List, Optional


class Category(Enum):
    TOOLS = auto()
    TOYS = auto()
    FOOD = auto()


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    category: Category = Category.TOOLS
    tags: List[str] = field(default_factory=list)
    priority: Priority = Priority.LOW

    def __post_init__(self):
        self.sort_key = self.price


@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=dict)
    note: Optional[str] = None

    def add(self, item: Item) -> None:
        if item.name in self.items:
            warnings.warn(f"replacing {item.name}", RuntimeWarning, stacklevel=2)
        self.items[item.name] = item

    def by_category(self) -> Dict[Category, List[Item]]:
        out: Dict[Category, List[Item]] = {}
        for it in sorted(self.items.values()):
            out.setdefault(it.category, []).append(it)
        return out


rng = random.Random(2024)
inv = Inventory()
names = ["hammer", "kite", "apple", "saw", "yoyo", "bread", "drill"]
for n in names:
    inv.add(Item(n, round(rng.uniform(1, 50), 2), rng.choice(list(Category)),
                 rng.sample(["new", "sale", "eco", "gift"], 2), rng.choice(list(Priority))))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inv.add(Item("saw", 12.5))
print([str(w.message) for w in caught])

for cat, items in inv.by_category().items():
    print(cat.name, [(i.name, i.price, i.priority.name) for i in items])


def encode(o):
    if isinstance(o, Enum):
        return o.name
    raise TypeError(f"cannot encode {type(o).__name__}")


data = {name: asdict(item) for name, item in sorted(inv.items.items())}
text = json.dumps(data, default=encode, sort_keys=True, indent=2)
print(text[:300])
back = json.loads(text)
print(sorted(back), back["saw"], back["kite"]["priority"])
summary = ", ".join(f"{n} costs {it.price:.2f}" for n, it in sorted(inv.items.items()))
print(textwrap.fill(summary, width=50, initial_indent="* ", subsequent_indent="  "))
print(max(inv.items.values()).name, min(inv.items.values()).name)
print(json.dumps([Priority.HIGH, Priority.LOW]), Priority.HIGH + 1, Category.FOOD.value)
