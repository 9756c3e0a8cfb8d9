/* disasm.c — print code objects the way CPython 3.13's dis.dis(show_offsets=True) does:
 * line-number column, jump-target labels, offsets (two per instruction, as CPython
 * counts code units), opcode names, arguments and what they mean, then the exception
 * table. */
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "containers.h"
#include "error.h"
#include "str.h"

static const char *const intrinsic_names[] = {
#define X(n) "INTRINSIC_" #n,
    INTRINSICS(X)
#undef X
};

static const char *const compare_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static const char *const binop_symbols[] = {
#define X(name, sym, d, r, i) sym,
    BINARY_OPS(X)
#undef X
};

static void print_str_value(FILE *out, Value v) {
    if (is_str(v)) fputs(as_str(v)->data, out);
    else fputs("?", out);
}

/* repr() of a constant; falls back to a placeholder if repr raises. */
static void print_repr(FILE *out, Value v) {
    Value r = obj_repr(v);
    if (is_null(r) || !is_str(r)) {
        err_clear();
        fputs("<?>", out);
        return;
    }
    fputs(as_str(r)->data, out);
}

static int label_of(const int *labels, int nlabels, int index) {
    for (int i = 0; i < nlabels; i++)
        if (labels[i] == index) return i + 1;
    return 0;
}

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void print_argrepr(FILE *out, Code *co, int op, int arg, const int *labels, int nlabels) {
    switch (opcode_argkinds[op]) {
    case ARG_CONST:
        if (arg < (int)co->consts->len) print_repr(out, co->consts->items[arg]);
        break;
    case ARG_NAME:
        if (arg < (int)co->names->len) print_str_value(out, co->names->items[arg]);
        break;
    case ARG_GLOBAL:
        if ((arg >> 1) < (int)co->names->len) print_str_value(out, co->names->items[arg >> 1]);
        if (arg & 1) fputs(" + NULL", out);
        break;
    case ARG_ATTR:
        if ((arg >> 1) < (int)co->names->len) print_str_value(out, co->names->items[arg >> 1]);
        if (arg & 1) fputs(" + NULL|self", out);
        break;
    case ARG_LOCAL:
        if (arg < co->nlocalsplus) print_str_value(out, co->localsplusnames->items[arg]);
        break;
    case ARG_JUMP:
        fprintf(out, "to L%d", label_of(labels, nlabels, arg));
        break;
    case ARG_COMPARE:
        if (arg >= 0 && arg < 6) fputs(compare_symbols[arg], out);
        break;
    case ARG_BINOP:
        if (arg >= 0 && arg < NB_COUNT) fputs(binop_symbols[arg], out);
        else if (arg >= NB_COUNT && arg < 2 * NB_COUNT) fprintf(out, "%s=", binop_symbols[arg - NB_COUNT]);
        break;
    case ARG_INTRINSIC:
        if (arg >= 0 && arg < (int)(sizeof intrinsic_names / sizeof *intrinsic_names))
            fputs(intrinsic_names[arg], out);
        break;
    default:
        if (op == OP_SET_FUNCTION_ATTRIBUTE) {
            fputs(arg == 1 ? "defaults" : arg == 2 ? "kwdefaults" : arg == 4 ? "annotations" :
                  arg == 8 ? "closure" : "", out);
        } else if (op == OP_CONVERT_VALUE) {
            fputs(arg == 1 ? "str" : arg == 2 ? "repr" : arg == 3 ? "ascii" : "", out);
        }
        break;
    }
}

static bool has_argrepr(Code *co, int op, int arg) {
    switch (opcode_argkinds[op]) {
    case ARG_CONST: case ARG_NAME: case ARG_GLOBAL: case ARG_ATTR: case ARG_LOCAL:
    case ARG_JUMP: case ARG_COMPARE: case ARG_BINOP: case ARG_INTRINSIC:
        return true;
    default:
        (void)co;
        return (op == OP_SET_FUNCTION_ATTRIBUTE && (arg == 1 || arg == 2 || arg == 4 || arg == 8)) ||
               (op == OP_CONVERT_VALUE && arg >= 1 && arg <= 3);
    }
}

static void disasm_one(Code *co, FILE *out) {
    int n = co->ninstrs;
    /* labels: jump targets and exception table boundaries, in order */
    int *labels = malloc(sizeof(int) * (size_t)(n + 3 * co->nexc + 1));
    int nlabels = 0;
    if (!labels) return;
    for (int i = 0; i < n; i++) {
        int op = INSTR_OP(co->instrs[i]);
        if (op < OP_COUNT && opcode_argkinds[op] == ARG_JUMP) labels[nlabels++] = (int)INSTR_ARG(co->instrs[i]);
    }
    for (int i = 0; i < co->nexc; i++) {
        labels[nlabels++] = co->exctable[i].start;
        labels[nlabels++] = co->exctable[i].end;
        labels[nlabels++] = co->exctable[i].target;
    }
    qsort(labels, (size_t)nlabels, sizeof(int), cmp_int);
    int w = 0;
    for (int i = 0; i < nlabels; i++)
        if (w == 0 || labels[w - 1] != labels[i]) labels[w++] = labels[i];
    nlabels = w;

    /* widths, as dis computes them */
    int maxline = -1;
    bool has_none = false;
    for (int i = 0; i < n; i++) {
        int l = co->locations[i].lineno;
        if (l > maxline) maxline = l;
        if (l < 0) has_none = true;
    }
    int lineno_width = 0;
    if (maxline >= 0) {
        char buf[16];
        lineno_width = snprintf(buf, sizeof buf, "%d", maxline);
        if (lineno_width < 3) lineno_width = 3;
        if (lineno_width < 4 && has_none) lineno_width = 4;
    }
    char buf[16];
    int label_width = 4 + snprintf(buf, sizeof buf, "%d", nlabels);
    int code_len = n * 2 - 2;
    int offset_width = snprintf(buf, sizeof buf, "%d", code_len > 9999 ? code_len : 9999);

    int lastline = -2;
    for (int i = 0; i < n; i++) {
        Instr ins = co->instrs[i];
        int op = INSTR_OP(ins), arg = (int)INSTR_ARG(ins);
        int line = co->locations[i].lineno < 0 ? -1 : co->locations[i].lineno;
        bool starts_line = line != lastline;
        lastline = line;
        if (lineno_width && starts_line && i > 0) fputc('\n', out);
        if (lineno_width) {
            if (starts_line && line >= 0) fprintf(out, "%*d ", lineno_width, line);
            else fprintf(out, "%*s ", lineno_width, starts_line ? "--" : "");
        }
        int lbl = label_of(labels, nlabels, i);
        if (lbl) {
            char l[16];
            snprintf(l, sizeof l, "L%d:", lbl);
            fprintf(out, "%*s ", label_width, l);
        } else {
            fprintf(out, "%*s ", label_width, "");
        }
        fprintf(out, "%*d   ", offset_width, i * 2);
        fputs("    ", out);   /* current-instruction marker column */
        const char *name = op < OP_COUNT ? opcode_names[op] : "<unknown>";
        if (op < OP_COUNT && opcode_argkinds[op] != ARG_NONE) {
            fprintf(out, "%-20s", name);
            int excess = (int)strlen(name) > 20 ? (int)strlen(name) - 20 : 0;
            fprintf(out, " %*d", 5 - excess, arg);
            if (has_argrepr(co, op, arg)) {
                fputs(" (", out);
                print_argrepr(out, co, op, arg, labels, nlabels);
                fputc(')', out);
            }
        } else {
            fputs(name, out);
        }
        fputc('\n', out);
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (int i = 0; i < co->nexc; i++) {
            ExcEntry *e = &co->exctable[i];
            fprintf(out, "  L%d to L%d -> L%d [%d]%s\n", label_of(labels, nlabels, e->start),
                    label_of(labels, nlabels, e->end), label_of(labels, nlabels, e->target),
                    e->depth, e->push_lasti ? " lasti" : "");
        }
    }
    free(labels);
}

void disasm(Code *co, FILE *out, bool recursive) {
    disasm_one(co, out);
    if (!recursive) return;
    for (size_t i = 0; i < co->consts->len; i++) {
        Value v = co->consts->items[i];
        if (!is_type(v, &type_code)) continue;
        fputs("\nDisassembly of ", out);
        print_repr(out, v);
        fputs(":\n", out);
        disasm((Code *)as_obj(v), out, true);
    }
}
