# minnow — build and test.  `make` builds ./minnow; `make test` runs the suite.
CC ?= cc
OPT ?= -O2
CFLAGS ?= $(OPT) -g
CFLAGS += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Isrc -MMD -MP
LDLIBS = -lgmp -lm
BUILD ?= build

SRCS := $(wildcard src/*.c src/modules/*.c)
OBJS := $(SRCS:%.c=$(BUILD)/%.o)

minnow: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

clean:
	rm -rf build build-* minnow minnow-*

.PHONY: clean
-include $(OBJS:.o=.d)
