# N-body: a star and seven planets under Newtonian gravity, integrated with a
# kick-drift step. Exercises float arithmetic, attribute loads/stores on plain
# instances and nested loops over body pairs. Only builtins and sys are used.
# Usage: nbody.py [steps]   Checksum: energy before/after, final position of body 1.
import sys

G = 1.0
DT = 0.002


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass


def make_system():
    # Unit directions from Pythagorean triples, so no trigonometry is needed.
    directions = [(3, 4, 5), (-5, 12, 13), (8, -15, 17), (-7, -24, 25),
                  (20, 21, 29), (12, -35, 37), (-9, 40, 41)]
    star_mass = 400.0
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, star_mass)]
    seed = 2024
    for k, (a, b, c) in enumerate(directions):
        seed = (seed * 1103515245 + 12345) % 2147483648
        jitter = seed / 2147483648.0
        radius = 1.5 + 1.3 * k + 0.4 * jitter
        cx, cy = a / c, b / c
        speed = (G * star_mass / radius) ** 0.5
        mass = 0.05 + 0.3 * jitter
        tilt = 0.01 * (k - 3)
        bodies.append(Body(radius * cx, radius * cy, tilt,
                           -speed * cy, speed * cx, -tilt, mass))
    # Give the star the opposite of the planets' momentum, so the system stays put.
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    star = bodies[0]
    star.vx = -px / star.mass
    star.vy = -py / star.mass
    star.vz = -pz / star.mass
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz)
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi.x - bj.x
            dy = bi.y - bj.y
            dz = bi.z - bj.z
            e -= G * bi.mass * bj.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, steps):
    pairs = [(bodies[i], bodies[j])
             for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for bi, bj in pairs:
            dx = bi.x - bj.x
            dy = bi.y - bj.y
            dz = bi.z - bj.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = DT / (d2 * d2 ** 0.5)
            mi = bi.mass * mag
            mj = bj.mass * mag
            bi.vx -= dx * mj
            bi.vy -= dy * mj
            bi.vz -= dz * mj
            bj.vx += dx * mi
            bj.vy += dy * mi
            bj.vz += dz * mi
        for b in bodies:
            b.x += DT * b.vx
            b.y += DT * b.vy
            b.z += DT * b.vz


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 35000
    bodies = make_system()
    e0 = energy(bodies)
    advance(bodies, steps)
    e1 = energy(bodies)
    p = bodies[1]
    print(f"nbody steps={steps} e0={e0:.9f} e1={e1:.9f} "
          f"p1=({p.x:.6f}, {p.y:.6f}, {p.z:.6f})")


main()
