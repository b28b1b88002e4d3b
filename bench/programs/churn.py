# Class-instance churn: a particle system that creates, updates and drops many
# short-lived objects per tick (vectors returned by every arithmetic method,
# particles that expire), with a small class hierarchy using super().
# Exercises __init__ calls, instance attribute dicts, method calls, allocation
# and deallocation. Usage: churn.py [ticks]
# Checksum: particles spawned/expired, surviving count, a rounded position sum.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel, ttl):
        self.pos = pos
        self.vel = vel
        self.ttl = ttl

    def step(self, gravity):
        self.vel = self.vel.add(gravity).scale(0.99)
        self.pos = self.pos.add(self.vel)
        if self.pos.y < 0.0:
            self.pos = Vec(self.pos.x, -self.pos.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.5)
        self.ttl -= 1
        return self.ttl > 0

    def energy(self):
        return 0.5 * self.vel.dot(self.vel)


class Spark(Particle):
    def __init__(self, pos, vel, ttl, heat):
        super().__init__(pos, vel, ttl)
        self.heat = heat

    def step(self, gravity):
        self.heat *= 0.9
        return super().step(gravity) and self.heat > 0.05


class Emitter:
    def __init__(self, x, seed):
        self.origin = Vec(x, 0.0)
        self.seed = seed
        self.spawned = 0

    def rand(self):
        self.seed = (self.seed * 214013 + 2531011) % 4294967296
        return ((self.seed >> 16) & 0x7FFF) / 32768.0

    def emit(self, count):
        out = []
        for _ in range(count):
            vel = Vec(self.rand() - 0.5, 1.0 + self.rand())
            ttl = 20 + int(self.rand() * 40)
            if self.rand() < 0.3:
                out.append(Spark(self.origin, vel, ttl, 1.0 + self.rand()))
            else:
                out.append(Particle(self.origin, vel, ttl))
        self.spawned += count
        return out


def main():
    ticks = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    gravity = Vec(0.0, -0.05)
    emitters = [Emitter(float(i * 10), 17 + i) for i in range(4)]
    alive = []
    expired = 0
    energy = 0.0
    for t in range(ticks):
        for e in emitters:
            alive.extend(e.emit(3 + t % 4))
        before = len(alive)
        alive = [p for p in alive if p.step(gravity)]
        expired += before - len(alive)
        if t % 100 == 0:
            energy += sum(p.energy() for p in alive)
    spawned = sum(e.spawned for e in emitters)
    sparks = sum(1 for p in alive if isinstance(p, Spark))
    xs = sum(p.pos.x for p in alive)
    ys = sum(p.pos.y for p in alive)
    print(f"churn ticks={ticks} spawned={spawned} expired={expired} alive={len(alive)} "
          f"sparks={sparks} x={xs:.6f} y={ys:.6f} energy={energy:.6f}")


main()
