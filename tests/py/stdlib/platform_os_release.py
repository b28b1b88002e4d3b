# platform.freedesktop_os_release: the parsed /etc/os-release (checked against a reading of the
# file with the documented rules: NAME=value lines, quotes removed, backslash escapes undone, the
# defaults NAME, ID and PRETTY_NAME), cached and returned as a copy each time.
import os
import platform

def read_by_hand():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        if os.path.exists(path):
            break
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if '=' not in line or line.startswith('#'):
                continue
            key, value = line.split('=', 1)
            if not key.replace('_', '').isalnum():
                continue
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
            out, i = [], 0
            while i < len(value):
                if value[i] == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                    i += 1
                out.append(value[i])
                i += 1
            info[key] = ''.join(out)
    return info

info = platform.freedesktop_os_release()
print(type(info).__name__, all(isinstance(k, str) and isinstance(v, str) for k, v in info.items()))
print('NAME' in info, 'ID' in info, 'PRETTY_NAME' in info)
print(info == read_by_hand())
info['ID'] = 'changed'
print(platform.freedesktop_os_release()['ID'] != 'changed')
print(platform.freedesktop_os_release() is not platform.freedesktop_os_release())
print(info['ID'].islower() or info['ID'] == 'changed')
