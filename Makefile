# minnow — build and test.
#   make          build ./minnow
#   make run      build and run the example under examples/
#   make test     build, then run every test (last line: N passed, N failed)
#   make asan     build ./minnow-asan with AddressSanitizer + UBSan
#   make test-asan       the suite on the sanitizer build
#   make test-gc-stress  the suite collecting at every allocation
#   make exp      regenerate the tests' .exp files with CPython 3.13
CC ?= cc
OPT ?= -O2
CFLAGS ?= $(OPT) -g
CFLAGS += -std=gnu11 -Werror=implicit-function-declaration -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Isrc -MMD -MP
LDLIBS = -lgmp -lpcre2-8 -lm -lpthread
BUILD ?= build
TARGET ?= minnow

SRCS := $(wildcard src/*.c src/modules/*.c)
LIBPY := $(shell find lib -name '*.py' 2>/dev/null | sort)
OBJS := $(SRCS:%.c=$(BUILD)/%.o) $(BUILD)/frozen.o

$(TARGET): $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/freeze: tools/freeze.c
	@mkdir -p $(BUILD)
	$(CC) -O1 -o $@ $<

$(BUILD)/frozen.c: $(BUILD)/freeze $(LIBPY)
	$(BUILD)/freeze $@ $(LIBPY)

$(BUILD)/frozen.o: $(BUILD)/frozen.c
	$(CC) $(CFLAGS) -c -o $@ $<

UNIT_OBJS := $(filter-out $(BUILD)/src/main.o,$(OBJS))
$(BUILD)/test_runtime: tests/c/test_runtime.c $(UNIT_OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=aligned_alloc \
		-o $@ $< $(UNIT_OBJS) $(LDLIBS)

unit: $(BUILD)/test_runtime
	$(BUILD)/test_runtime

run: $(TARGET)
	./$(TARGET) examples/tour.py

test: $(TARGET) $(BUILD)/test_runtime
	$(BUILD)/test_runtime
	tests/cli/run.sh ./$(TARGET)
	python3 tests/run.py --minnow ./$(TARGET)

asan:
	$(MAKE) BUILD=build-asan TARGET=minnow-asan OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" LDFLAGS="-fsanitize=address,undefined"

test-asan: asan
	ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 UBSAN_OPTIONS=print_stacktrace=1 \
	python3 tests/run.py --minnow ./minnow-asan --timeout 120

# the whole suite with a collection at every allocation: a missing root shows at once
test-gc-stress: $(TARGET)
	MINNOW_GC_STRESS=1 python3 tests/run.py --minnow ./$(TARGET) --timeout 300

exp:
	python3 tests/run.py --regen

clean:
	rm -rf build build-* minnow minnow-*

.PHONY: unit run test asan test-asan test-gc-stress exp clean
-include $(OBJS:.o=.d)
