# Measures class-heavy code: instance creation, attribute access, method calls, super(), properties, operator overloading.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"


class Entity:
    count = 0

    def __init__(self, name, pos):
        self.name = name
        self.pos = pos
        self.alive = True
        Entity.count += 1

    def step(self, world):
        pass

    def describe(self):
        return self.name

    @staticmethod
    def clamp(v, lo, hi):
        if v < lo:
            return lo
        if v > hi:
            return hi
        return v


class Particle(Entity):
    def __init__(self, name, pos, vel, mass):
        super().__init__(name, pos)
        self.vel = vel
        self._mass = mass
        self.bounces = 0

    @property
    def mass(self):
        return self._mass

    @mass.setter
    def mass(self, value):
        if value <= 0:
            raise ValueError("mass must be positive")
        self._mass = value

    @property
    def momentum(self):
        return self.vel * self._mass

    def step(self, world):
        self.pos = self.pos + self.vel
        p = self.pos
        if p.x < 0 or p.x > world.width:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.bounces += 1
        if p.y < 0 or p.y > world.height:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.bounces += 1
        self.pos = Vec(self.clamp(p.x, 0, world.width), self.clamp(p.y, 0, world.height))

    def describe(self):
        return "particle " + super().describe()


class HeavyParticle(Particle):
    def __init__(self, name, pos, vel, mass, drag):
        super().__init__(name, pos, vel, mass * 10)
        self.drag = drag

    def step(self, world):
        if self.vel.x > 3:
            self.vel = Vec(self.vel.x - self.drag, self.vel.y)
        super().step(world)

    def describe(self):
        return "heavy " + super().describe()


class Counter:
    def __init__(self):
        self.ticks = 0
        self.hits = {}

    def record(self, kind):
        self.ticks += 1
        self.hits[kind] = self.hits.get(kind, 0) + 1


class World:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.entities = []
        self.counter = Counter()

    @classmethod
    def square(cls, size):
        return cls(size, size)

    def add(self, e):
        self.entities.append(e)

    def tick(self):
        for e in self.entities:
            e.step(self)
            self.counter.record(type(e).__name__)

    def total_momentum(self):
        m = Vec(0, 0)
        for e in self.entities:
            if isinstance(e, Particle):
                m = m + e.momentum
        return m


# A tiny task scheduler in the style of the richards benchmark.
class Task:
    def __init__(self, tid, priority):
        self.tid = tid
        self.priority = priority
        self.work_done = 0

    def run(self, packet):
        self.work_done += 1
        return packet


class Worker(Task):
    def run(self, packet):
        packet.data = (packet.data * 31 + self.tid) % 65521
        return super().run(packet)


class Handler(Task):
    def __init__(self, tid, priority):
        super().__init__(tid, priority)
        self.queue = []

    def run(self, packet):
        self.queue.append(packet.data)
        if len(self.queue) > 8:
            packet.data += self.queue.pop(0)
        return super().run(packet)


class Packet:
    def __init__(self, data, dest):
        self.data = data
        self.dest = dest


def schedule(rounds):
    tasks = [Worker(1, 3), Handler(2, 2), Worker(3, 1), Handler(4, 5), Task(5, 0)]
    packets = [Packet(i, i % len(tasks)) for i in range(10)]
    for r in range(rounds):
        for p in packets:
            t = tasks[p.dest]
            p = t.run(p)
            p.dest = (p.dest + p.data) % len(tasks)
    return sum(t.work_done * t.priority for t in tasks) + sum(p.data for p in packets)


def main():
    world = World.square(1000)
    for i in range(200):
        pos = Vec(i * 5 % 1000, i * 7 % 1000)
        vel = Vec(i % 13 - 6, i % 11 - 5)
        if i % 4 == 0:
            world.add(HeavyParticle("h" + str(i), pos, vel, i + 1, 1))
        else:
            world.add(Particle("p" + str(i), pos, vel, i + 1))
    world.add(Entity("rock", Vec(0, 0)))
    for _ in range(2500):
        world.tick()
    bounces = 0
    for e in world.entities:
        if isinstance(e, Particle):
            bounces += e.bounces
            e.mass = e.mass + 1
    try:
        world.entities[0].mass = 0
    except ValueError:
        bounces += 1
    m = world.total_momentum()
    pos_sum = Vec(0, 0)
    for e in world.entities:
        pos_sum = pos_sum + e.pos
    print("momentum", m)
    print("positions", pos_sum, "bounces", bounces)
    print("describe", world.entities[0].describe(), "/", world.entities[1].describe())
    print("ticks", world.counter.ticks, "heavy", world.counter.hits["HeavyParticle"], "entities", Entity.count)
    dots = 0
    a = Vec(1, 2)
    for i in range(250000):
        b = Vec(i, -i)
        dots += (a + b).dot(b - a) + (b * 2 == Vec(2 * i, -2 * i))
    sched = schedule(150000)
    print("dots", dots, "schedule", sched)
    print("checksum", (m.x * 7 + m.y * 13 + pos_sum.x + pos_sum.y + bounces + dots + sched) % 1000000007)


main()
