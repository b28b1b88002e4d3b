// posix's Linux x86-64 constants beyond the open(2) flags: the integer constants of os (CLD_*, CLONE_*,
// SCHED_*, ST_* ...) and the name tables of sysconf, confstr and pathconf with what glibc 2.36 answers
// for each name (a fixed value, or a key for a value posix-system.ts computes from the running system).
// Facts about Linux and glibc, written by hand; the values equal CPython 3.12's on Linux x86-64.

/** Integer constants of the posix module, by name. */
export const POSIX_INT_CONSTANTS: ReadonlyArray<readonly [string, number]> = [
  // waitid(2) si_code values
  ['CLD_EXITED', 1], ['CLD_KILLED', 2], ['CLD_DUMPED', 3], ['CLD_TRAPPED', 4], ['CLD_STOPPED', 5],
  ['CLD_CONTINUED', 6],
  // clone(2) / unshare(2) / setns(2) flags
  ['CLONE_NEWTIME', 0x80], ['CLONE_VM', 0x100], ['CLONE_FS', 0x200], ['CLONE_FILES', 0x400],
  ['CLONE_SIGHAND', 0x800], ['CLONE_THREAD', 0x10000], ['CLONE_NEWNS', 0x20000], ['CLONE_SYSVSEM', 0x40000],
  ['CLONE_NEWCGROUP', 0x2000000], ['CLONE_NEWUTS', 0x4000000], ['CLONE_NEWIPC', 0x8000000],
  ['CLONE_NEWUSER', 0x10000000], ['CLONE_NEWPID', 0x20000000], ['CLONE_NEWNET', 0x40000000],
  // eventfd(2) flags
  ['EFD_SEMAPHORE', 1], ['EFD_NONBLOCK', 0o4000], ['EFD_CLOEXEC', 0o2000000],
  // lockf(3) commands
  ['F_ULOCK', 0], ['F_LOCK', 1], ['F_TLOCK', 2], ['F_TEST', 3],
  // getrandom(2) flags
  ['GRND_NONBLOCK', 1], ['GRND_RANDOM', 2],
  // memfd_create(2) flags; the huge page sizes are log2(size) << MFD_HUGE_SHIFT
  ['MFD_CLOEXEC', 1], ['MFD_ALLOW_SEALING', 2], ['MFD_HUGETLB', 4], ['MFD_HUGE_SHIFT', 26], ['MFD_HUGE_MASK', 0x3f],
  ['MFD_HUGE_64KB', 16 << 26], ['MFD_HUGE_512KB', 19 << 26], ['MFD_HUGE_1MB', 20 << 26], ['MFD_HUGE_2MB', 21 << 26],
  ['MFD_HUGE_8MB', 23 << 26], ['MFD_HUGE_16MB', 24 << 26], ['MFD_HUGE_32MB', 25 << 26],
  ['MFD_HUGE_256MB', 28 << 26], ['MFD_HUGE_512MB', 29 << 26], ['MFD_HUGE_1GB', 30 * 2 ** 26],
  ['MFD_HUGE_2GB', 31 * 2 ** 26], ['MFD_HUGE_16GB', 34 * 2 ** 26],
  // posix_fadvise(2) advice
  ['POSIX_FADV_NORMAL', 0], ['POSIX_FADV_RANDOM', 1], ['POSIX_FADV_SEQUENTIAL', 2], ['POSIX_FADV_WILLNEED', 3],
  ['POSIX_FADV_DONTNEED', 4], ['POSIX_FADV_NOREUSE', 5],
  // os.posix_spawn file actions
  ['POSIX_SPAWN_OPEN', 0], ['POSIX_SPAWN_CLOSE', 1], ['POSIX_SPAWN_DUP2', 2],
  // preadv2(2) / pwritev2(2) flags
  ['RWF_HIPRI', 1], ['RWF_DSYNC', 2], ['RWF_SYNC', 4], ['RWF_NOWAIT', 8], ['RWF_APPEND', 16],
  // scheduling policies
  ['SCHED_OTHER', 0], ['SCHED_FIFO', 1], ['SCHED_RR', 2], ['SCHED_BATCH', 3], ['SCHED_IDLE', 5],
  ['SCHED_RESET_ON_FORK', 0x40000000],
  // lseek(2) whence values for sparse files
  ['SEEK_DATA', 3], ['SEEK_HOLE', 4],
  // splice(2) flags
  ['SPLICE_F_MOVE', 1], ['SPLICE_F_NONBLOCK', 2], ['SPLICE_F_MORE', 4],
  // statvfs(3) f_flag bits
  ['ST_RDONLY', 1], ['ST_NOSUID', 2], ['ST_NODEV', 4], ['ST_NOEXEC', 8], ['ST_SYNCHRONOUS', 16],
  ['ST_MANDLOCK', 64], ['ST_WRITE', 128], ['ST_APPEND', 256], ['ST_NOATIME', 1024], ['ST_NODIRATIME', 2048],
  ['ST_RELATIME', 4096],
  // setxattr(2) flags and the largest attribute value
  ['XATTR_CREATE', 1], ['XATTR_REPLACE', 2], ['XATTR_SIZE_MAX', 65536],
];

/**
 * What sysconf answers for one name: a number (glibc's fixed answer), a key of a value computed from the
 * system (posix-system.ts), or null where glibc fails with EINVAL.
 */
export type ConfValue = number | bigint | string | null;

/** sysconf's names (CPython's sysconf_names) with glibc's _SC_ numbers and answers on Linux x86-64. */
export const SYSCONF_TABLE: ReadonlyArray<readonly [string, number, ConfValue]> = [
  ['SC_ARG_MAX', 0, 'arg_max'], ['SC_CHILD_MAX', 1, 'rlimit:Max processes'], ['SC_CLK_TCK', 2, 'clk_tck'],
  ['SC_NGROUPS_MAX', 3, 'ngroups_max'], ['SC_OPEN_MAX', 4, 'rlimit:Max open files'], ['SC_STREAM_MAX', 5, 16],
  ['SC_TZNAME_MAX', 6, -1], ['SC_JOB_CONTROL', 7, 1], ['SC_SAVED_IDS', 8, 1], ['SC_REALTIME_SIGNALS', 9, 200809],
  ['SC_PRIORITY_SCHEDULING', 10, 200809], ['SC_TIMERS', 11, 200809], ['SC_ASYNCHRONOUS_IO', 12, 200809],
  ['SC_PRIORITIZED_IO', 13, 200809], ['SC_SYNCHRONIZED_IO', 14, 200809], ['SC_FSYNC', 15, 200809],
  ['SC_MAPPED_FILES', 16, 200809], ['SC_MEMLOCK', 17, 200809], ['SC_MEMLOCK_RANGE', 18, 200809],
  ['SC_MEMORY_PROTECTION', 19, 200809], ['SC_MESSAGE_PASSING', 20, 200809], ['SC_SEMAPHORES', 21, 200809],
  ['SC_SHARED_MEMORY_OBJECTS', 22, 200809], ['SC_AIO_LISTIO_MAX', 23, -1], ['SC_AIO_MAX', 24, -1],
  ['SC_AIO_PRIO_DELTA_MAX', 25, 20], ['SC_DELAYTIMER_MAX', 26, 2147483647], ['SC_MQ_OPEN_MAX', 27, -1],
  ['SC_MQ_PRIO_MAX', 28, 32768], ['SC_VERSION', 29, 200809], ['SC_PAGESIZE', 30, 'pagesize'],
  ['SC_PAGE_SIZE', 30, 'pagesize'], ['SC_RTSIG_MAX', 31, 32], ['SC_SEM_NSEMS_MAX', 32, -1],
  ['SC_SEM_VALUE_MAX', 33, 2147483647], ['SC_SIGQUEUE_MAX', 34, 'rlimit:Max pending signals'],
  ['SC_TIMER_MAX', 35, -1], ['SC_BC_BASE_MAX', 36, 99], ['SC_BC_DIM_MAX', 37, 2048], ['SC_BC_SCALE_MAX', 38, 99],
  ['SC_BC_STRING_MAX', 39, 1000], ['SC_COLL_WEIGHTS_MAX', 40, 255], ['SC_EQUIV_CLASS_MAX', 41, null],
  ['SC_EXPR_NEST_MAX', 42, 32], ['SC_LINE_MAX', 43, 2048], ['SC_RE_DUP_MAX', 44, 32767],
  ['SC_CHARCLASS_NAME_MAX', 45, 2048], ['SC_2_VERSION', 46, 200809], ['SC_2_C_BIND', 47, 200809],
  ['SC_2_C_DEV', 48, 200809], ['SC_2_FORT_DEV', 49, -1], ['SC_2_FORT_RUN', 50, -1], ['SC_2_SW_DEV', 51, 200809],
  ['SC_2_LOCALEDEF', 52, 200809], ['SC_PII', 53, -1], ['SC_PII_XTI', 54, -1], ['SC_PII_SOCKET', 55, -1],
  ['SC_PII_INTERNET', 56, -1], ['SC_PII_OSI', 57, -1], ['SC_POLL', 58, -1], ['SC_SELECT', 59, -1],
  ['SC_IOV_MAX', 60, 1024], ['SC_UIO_MAXIOV', 60, 1024], ['SC_PII_INTERNET_STREAM', 61, -1],
  ['SC_PII_INTERNET_DGRAM', 62, -1], ['SC_PII_OSI_COTS', 63, -1], ['SC_PII_OSI_CLTS', 64, -1],
  ['SC_PII_OSI_M', 65, -1], ['SC_T_IOV_MAX', 66, -1], ['SC_THREADS', 67, 200809],
  ['SC_THREAD_SAFE_FUNCTIONS', 68, 200809], ['SC_GETGR_R_SIZE_MAX', 69, 1024], ['SC_GETPW_R_SIZE_MAX', 70, 1024],
  ['SC_LOGIN_NAME_MAX', 71, 256], ['SC_TTY_NAME_MAX', 72, 32], ['SC_THREAD_DESTRUCTOR_ITERATIONS', 73, 4],
  ['SC_THREAD_KEYS_MAX', 74, 1024], ['SC_THREAD_STACK_MIN', 75, 'thread_stack_min'],
  ['SC_THREAD_THREADS_MAX', 76, -1], ['SC_THREAD_ATTR_STACKADDR', 77, 200809],
  ['SC_THREAD_ATTR_STACKSIZE', 78, 200809], ['SC_THREAD_PRIORITY_SCHEDULING', 79, 200809],
  ['SC_THREAD_PRIO_INHERIT', 80, 200809], ['SC_THREAD_PRIO_PROTECT', 81, 200809],
  ['SC_THREAD_PROCESS_SHARED', 82, 200809], ['SC_NPROCESSORS_CONF', 83, 'nprocessors_conf'],
  ['SC_NPROCESSORS_ONLN', 84, 'nprocessors_onln'], ['SC_PHYS_PAGES', 85, 'meminfo:MemTotal'],
  ['SC_AVPHYS_PAGES', 86, 'meminfo:MemFree'], ['SC_ATEXIT_MAX', 87, 2147483647], ['SC_PASS_MAX', 88, 8192],
  ['SC_XOPEN_VERSION', 89, 700], ['SC_XOPEN_XCU_VERSION', 90, 4], ['SC_XOPEN_UNIX', 91, 1],
  ['SC_XOPEN_CRYPT', 92, -1], ['SC_XOPEN_ENH_I18N', 93, 1], ['SC_XOPEN_SHM', 94, 1],
  ['SC_2_CHAR_TERM', 95, 200809], ['SC_2_C_VERSION', 96, 200809], ['SC_2_UPE', 97, -1],
  ['SC_XOPEN_XPG2', 98, 1], ['SC_XOPEN_XPG3', 99, 1], ['SC_XOPEN_XPG4', 100, 1], ['SC_CHAR_BIT', 101, 8],
  ['SC_CHAR_MAX', 102, 127], ['SC_CHAR_MIN', 103, -128], ['SC_INT_MAX', 104, 2147483647],
  ['SC_INT_MIN', 105, -2147483648], ['SC_LONG_BIT', 106, 64], ['SC_WORD_BIT', 107, 32], ['SC_MB_LEN_MAX', 108, 16],
  // glibc answers SHRT_MAX for _SC_SSIZE_MAX and -1 (ULONG_MAX as a long) for _SC_ULONG_MAX.
  ['SC_NZERO', 109, 20], ['SC_SSIZE_MAX', 110, 32767], ['SC_SCHAR_MAX', 111, 127], ['SC_SCHAR_MIN', 112, -128],
  ['SC_SHRT_MAX', 113, 32767], ['SC_SHRT_MIN', 114, -32768], ['SC_UCHAR_MAX', 115, 255],
  ['SC_UINT_MAX', 116, 4294967295], ['SC_ULONG_MAX', 117, -1], ['SC_USHRT_MAX', 118, 65535],
  ['SC_NL_ARGMAX', 119, 4096], ['SC_NL_LANGMAX', 120, 2048], ['SC_NL_MSGMAX', 121, 2147483647],
  ['SC_NL_NMAX', 122, 2147483647], ['SC_NL_SETMAX', 123, 2147483647], ['SC_NL_TEXTMAX', 124, 2147483647],
  ['SC_XBS5_ILP32_OFF32', 125, -1], ['SC_XBS5_ILP32_OFFBIG', 126, -1], ['SC_XBS5_LP64_OFF64', 127, 1],
  ['SC_XBS5_LPBIG_OFFBIG', 128, -1], ['SC_XOPEN_LEGACY', 129, 1], ['SC_XOPEN_REALTIME', 130, 1],
  ['SC_XOPEN_REALTIME_THREADS', 131, 1], ['SC_MINSIGSTKSZ', 249, 'minsigstksz'],
];

/** Further _SC_ numbers glibc knows that a program may pass as integers (not in sysconf_names). */
export const SYSCONF_EXTRA: ReadonlyArray<readonly [number, ConfValue]> = [
  [173, -1], // _SC_SYMLOOP_MAX
  [180, 64], // _SC_HOST_NAME_MAX
  [250, 'sigstksz'], // _SC_SIGSTKSZ
];

/** confstr's names (CPython's confstr_names) with glibc's _CS_ numbers and answers ('glibc:' keys computed). */
export const CONFSTR_TABLE: ReadonlyArray<readonly [string, number, string]> = [
  ['CS_PATH', 0, '/bin:/usr/bin'], ['CS_GNU_LIBC_VERSION', 2, 'glibc:glibc '],
  ['CS_GNU_LIBPTHREAD_VERSION', 3, 'glibc:NPTL '],
  ['CS_LFS_CFLAGS', 1000, ''], ['CS_LFS_LDFLAGS', 1001, ''], ['CS_LFS_LIBS', 1002, ''], ['CS_LFS_LINTFLAGS', 1003, ''],
  ['CS_LFS64_CFLAGS', 1004, '-D_LARGEFILE64_SOURCE'], ['CS_LFS64_LDFLAGS', 1005, ''], ['CS_LFS64_LIBS', 1006, ''],
  ['CS_LFS64_LINTFLAGS', 1007, '-D_LARGEFILE64_SOURCE'],
  ['CS_XBS5_ILP32_OFF32_CFLAGS', 1100, ''], ['CS_XBS5_ILP32_OFF32_LDFLAGS', 1101, ''],
  ['CS_XBS5_ILP32_OFF32_LIBS', 1102, ''], ['CS_XBS5_ILP32_OFF32_LINTFLAGS', 1103, ''],
  ['CS_XBS5_ILP32_OFFBIG_CFLAGS', 1104, ''], ['CS_XBS5_ILP32_OFFBIG_LDFLAGS', 1105, ''],
  ['CS_XBS5_ILP32_OFFBIG_LIBS', 1106, ''], ['CS_XBS5_ILP32_OFFBIG_LINTFLAGS', 1107, ''],
  ['CS_XBS5_LP64_OFF64_CFLAGS', 1108, '-m64'], ['CS_XBS5_LP64_OFF64_LDFLAGS', 1109, '-m64'],
  ['CS_XBS5_LP64_OFF64_LIBS', 1110, ''], ['CS_XBS5_LP64_OFF64_LINTFLAGS', 1111, ''],
  ['CS_XBS5_LPBIG_OFFBIG_CFLAGS', 1112, ''], ['CS_XBS5_LPBIG_OFFBIG_LDFLAGS', 1113, ''],
  ['CS_XBS5_LPBIG_OFFBIG_LIBS', 1114, ''], ['CS_XBS5_LPBIG_OFFBIG_LINTFLAGS', 1115, ''],
];

/** pathconf's names (CPython's pathconf_names) with glibc's _PC_ numbers. */
export const PATHCONF_TABLE: ReadonlyArray<readonly [string, number]> = [
  ['PC_LINK_MAX', 0], ['PC_MAX_CANON', 1], ['PC_MAX_INPUT', 2], ['PC_NAME_MAX', 3], ['PC_PATH_MAX', 4],
  ['PC_PIPE_BUF', 5], ['PC_CHOWN_RESTRICTED', 6], ['PC_NO_TRUNC', 7], ['PC_VDISABLE', 8], ['PC_SYNC_IO', 9],
  ['PC_ASYNC_IO', 10], ['PC_PRIO_IO', 11], ['PC_SOCK_MAXBUF', 12], ['PC_FILESIZEBITS', 13],
  ['PC_REC_INCR_XFER_SIZE', 14], ['PC_REC_MAX_XFER_SIZE', 15], ['PC_REC_MIN_XFER_SIZE', 16],
  ['PC_REC_XFER_ALIGN', 17], ['PC_ALLOC_SIZE_MIN', 18], ['PC_SYMLINK_MAX', 19],
];

// File system magic numbers (statfs f_type) glibc's pathconf knows.
const EXT2_SUPER_MAGIC = 0xef53;

/** _PC_LINK_MAX by file system type (glibc's table; 127, Linux's LINK_MAX, for the rest). */
export function linkMaxOf(fsType: number, extName: string | null): number {
  switch (fsType) {
    case EXT2_SUPER_MAGIC: return extName === 'ext4' ? 65000 : 32000; // ext2/3/4 share the magic number
    case 0x137f: case 0x138f: return 250; // MINIX
    case 0x2468: case 0x2478: return 65530; // MINIX2
    case 0x012ff7b4: return 126; // XENIX
    case 0x012ff7b5: case 0x012ff7b6: return 126; // SYSV4, SYSV2
    case 0x012ff7b7: return 10000; // COH
    case 0x00011954: case 0x54190100: return 32000; // UFS
    case 0x52654973: return 64535; // REISERFS
    case 0x58465342: return 2147483647; // XFS
    case 0x0bd00bd0: return 65000; // LUSTRE
    default: return 127;
  }
}

/** _PC_FILESIZEBITS by file system type (glibc's table: 64 for these, else 32). */
export function fileSizeBitsOf(fsType: number): number {
  switch (fsType) {
    case EXT2_SUPER_MAGIC: case 0x00011954: case 0x54190100: case 0x52654973: case 0x58465342:
    case 0x517b: case 0x5346544e: case 0x15013346: case 0x3153464a: case 0xa501fcf5: case 0x27e0eb:
    case 0x0bd00bd0:
      return 64; // ext2/3/4, UFS, ReiserFS, XFS, SMB, NTFS, UDF, JFS, VxFS, cgroup, Lustre
    default: return 32;
  }
}
