/* unparse.c — expressions back to source text, as CPython's ast_unparse.c writes them.
 * Used for postponed annotations (`from __future__ import annotations`), where the
 * annotation is stored as this string instead of being evaluated. */
#include <string.h>

#include "compile.h"
#include "containers.h"
#include "error.h"
#include "num.h"

/* Precedence levels, lowest first. */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR,
    PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM,
};

typedef struct W {
    StrBuf b;
    bool failed;
} W;

static void put(W *w, const char *s) { strbuf_adds(&w->b, s); }
static void put_if(W *w, bool cond, const char *s) { if (cond) put(w, s); }

static void expr(W *w, Expr *e, int level);

/* repr() of a value into the buffer. */
static void put_repr(W *w, Value v) {
    if (is_null(v)) { w->failed = true; return; }
    Value r = obj_repr(v);
    if (is_null(r)) { w->failed = true; return; }
    put(w, as_str(r)->data);
}

static void constant(W *w, AstConstant *k) {
    switch (k->kind) {
    case Const_None: put(w, "None"); return;
    case Const_True: put(w, "True"); return;
    case Const_False: put(w, "False"); return;
    case Const_Ellipsis: put(w, "..."); return;
    case Const_Int: {
        Value v = int_from_str(k->v.i.digits, strlen(k->v.i.digits), k->v.i.base);
        put_repr(w, v);
        return;
    }
    case Const_Float:
        if (k->v.f == k->v.f && (k->v.f - k->v.f) != 0) { put(w, "1e309"); return; }  /* inf */
        put_repr(w, v_float(k->v.f));
        return;
    case Const_Imaginary:
        if (k->v.f == k->v.f && (k->v.f - k->v.f) != 0) put(w, "1e309");
        else put_repr(w, v_float(k->v.f));
        put(w, "j");
        return;
    case Const_Str:
        if (k->u_prefix) put(w, "u");
        put_repr(w, v_obj(str_new(k->v.s.data, k->v.s.len)));
        return;
    case Const_Bytes:
        put_repr(w, bytes_new(k->v.s.data, k->v.s.len));
        return;
    }
}

static const char *binop_text(AstOperator op, int *pr) {
    switch (op) {
    case Op_Add: *pr = PR_ARITH; return " + ";
    case Op_Sub: *pr = PR_ARITH; return " - ";
    case Op_Mult: *pr = PR_TERM; return " * ";
    case Op_MatMult: *pr = PR_TERM; return " @ ";
    case Op_Div: *pr = PR_TERM; return " / ";
    case Op_Mod: *pr = PR_TERM; return " % ";
    case Op_LShift: *pr = PR_SHIFT; return " << ";
    case Op_RShift: *pr = PR_SHIFT; return " >> ";
    case Op_BitOr: *pr = PR_BOR; return " | ";
    case Op_BitXor: *pr = PR_BXOR; return " ^ ";
    case Op_BitAnd: *pr = PR_BAND; return " & ";
    case Op_FloorDiv: *pr = PR_TERM; return " // ";
    case Op_Pow: *pr = PR_POWER; return " ** ";
    }
    *pr = PR_ATOM;
    return " ? ";
}

static const char *cmp_text(AstCmpOp op) {
    switch (op) {
    case Cmp_Eq: return " == ";
    case Cmp_NotEq: return " != ";
    case Cmp_Lt: return " < ";
    case Cmp_LtE: return " <= ";
    case Cmp_Gt: return " > ";
    case Cmp_GtE: return " >= ";
    case Cmp_Is: return " is ";
    case Cmp_IsNot: return " is not ";
    case Cmp_In: return " in ";
    case Cmp_NotIn: return " not in ";
    }
    return " ? ";
}

static void arg(W *w, Arg *a) {
    put(w, a->arg);
    if (a->annotation) {
        put(w, ": ");
        expr(w, a->annotation, PR_TEST);
    }
}

static void arguments(W *w, Arguments *a) {
    bool first = true;
    int npos = a->posonlyargs.n + a->args.n, ndef = a->defaults.n;
    for (int i = 0; i < npos; i++) {
        Arg *x = i < a->posonlyargs.n ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.n];
        put_if(w, !first, ", ");
        first = false;
        arg(w, x);
        int di = i - (npos - ndef);
        if (di >= 0) {
            put(w, "=");
            expr(w, a->defaults.items[di], PR_TEST);
        }
        if (i + 1 == a->posonlyargs.n) put(w, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        put_if(w, !first, ", ");
        first = false;
        put(w, "*");
        if (a->vararg) arg(w, a->vararg);
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        put(w, ", ");
        arg(w, a->kwonlyargs.items[i]);
        Expr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (d) {
            put(w, "=");
            expr(w, d, PR_TEST);
        }
    }
    if (a->kwarg) {
        put_if(w, !first, ", ");
        put(w, "**");
        arg(w, a->kwarg);
    }
}

static void comprehensions(W *w, ComprehensionSeq gens) {
    for (int i = 0; i < gens.n; i++) {
        Comprehension *g = gens.items[i];
        put(w, g->is_async ? " async for " : " for ");
        expr(w, g->target, PR_TUPLE);
        put(w, " in ");
        expr(w, g->iter, PR_TEST + 1);
        for (int j = 0; j < g->ifs.n; j++) {
            put(w, " if ");
            expr(w, g->ifs.items[j], PR_TEST + 1);
        }
    }
}

static void seq(W *w, ExprSeq s, int level) {
    for (int i = 0; i < s.n; i++) {
        put_if(w, i > 0, ", ");
        expr(w, s.items[i], level);
    }
}

/* f-strings: the body is built first, then quoted as a str repr. */
static void fstring_body(W *w, ExprSeq values, bool is_spec);

static void fstring_literal(W *w, const char *s, size_t n, bool is_spec) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!is_spec && (ch == '{' || ch == '}')) strbuf_addc(&w->b, ch);
        strbuf_addc(&w->b, ch);
    }
}

static void formatted_value(W *w, Expr *e) {
    W inner = {{0}, false};
    strbuf_init(&inner.b);
    expr(&inner, e->v.FormattedValue.value, PR_TEST + 1);
    if (inner.failed) w->failed = true;
    put(w, "{");
    if (inner.b.len && inner.b.data[0] == '{') put(w, " ");
    if (inner.b.data) strbuf_add(&w->b, inner.b.data, inner.b.len);
    strbuf_free(&inner.b);
    int conv = e->v.FormattedValue.conversion;
    if (conv != -1) {
        char buf[3] = {'!', (char)conv, 0};
        put(w, buf);
    }
    if (e->v.FormattedValue.format_spec) {
        put(w, ":");
        Expr *spec = e->v.FormattedValue.format_spec;
        if (spec->kind == Expr_JoinedStr) fstring_body(w, spec->v.JoinedStr.values, true);
        else expr(w, spec, PR_TEST);
    }
    put(w, "}");
}

static void fstring_body(W *w, ExprSeq values, bool is_spec) {
    for (int i = 0; i < values.n; i++) {
        Expr *v = values.items[i];
        if (v->kind == Expr_Constant && v->v.Constant.kind == Const_Str)
            fstring_literal(w, v->v.Constant.v.s.data, v->v.Constant.v.s.len, is_spec);
        else if (v->kind == Expr_FormattedValue)
            formatted_value(w, v);
        else
            w->failed = true;
    }
}

static void joined_str(W *w, Expr *e) {
    W body = {{0}, false};
    strbuf_init(&body.b);
    fstring_body(&body, e->v.JoinedStr.values, false);
    if (body.failed) w->failed = true;
    put(w, "f");
    put_repr(w, v_obj(str_new(body.b.data ? body.b.data : "", body.b.len)));
    strbuf_free(&body.b);
}

static void expr(W *w, Expr *e, int level) {
    switch (e->kind) {
    case Expr_BoolOp: {
        int pr = e->v.BoolOp.op == Bool_And ? PR_AND : PR_OR;
        put_if(w, level > pr, "(");
        for (int i = 0; i < e->v.BoolOp.values.n; i++) {
            put_if(w, i > 0, pr == PR_AND ? " and " : " or ");
            expr(w, e->v.BoolOp.values.items[i], pr + 1);
        }
        put_if(w, level > pr, ")");
        return;
    }
    case Expr_NamedExpr:
        put_if(w, level > PR_TUPLE, "(");
        expr(w, e->v.NamedExpr.target, PR_ATOM);
        put(w, " := ");
        expr(w, e->v.NamedExpr.value, PR_ATOM);
        put_if(w, level > PR_TUPLE, ")");
        return;
    case Expr_BinOp: {
        int pr;
        const char *op = binop_text(e->v.BinOp.op, &pr);
        int rassoc = e->v.BinOp.op == Op_Pow;
        put_if(w, level > pr, "(");
        expr(w, e->v.BinOp.left, pr + rassoc);
        put(w, op);
        expr(w, e->v.BinOp.right, pr + !rassoc);
        put_if(w, level > pr, ")");
        return;
    }
    case Expr_UnaryOp: {
        const char *op;
        int pr;
        switch (e->v.UnaryOp.op) {
        case Unary_Not: op = "not "; pr = PR_NOT; break;
        case Unary_Invert: op = "~"; pr = PR_FACTOR; break;
        case Unary_UAdd: op = "+"; pr = PR_FACTOR; break;
        default: op = "-"; pr = PR_FACTOR; break;
        }
        put_if(w, level > pr, "(");
        put(w, op);
        expr(w, e->v.UnaryOp.operand, pr);
        put_if(w, level > pr, ")");
        return;
    }
    case Expr_Lambda: {
        Arguments *a = e->v.Lambda.args;
        bool has_args = a->posonlyargs.n || a->args.n || a->vararg || a->kwonlyargs.n || a->kwarg;
        put_if(w, level > PR_TEST, "(");
        put(w, has_args ? "lambda " : "lambda");
        arguments(w, a);
        put(w, ": ");
        expr(w, e->v.Lambda.body, PR_TEST);
        put_if(w, level > PR_TEST, ")");
        return;
    }
    case Expr_IfExp:
        put_if(w, level > PR_TEST, "(");
        expr(w, e->v.IfExp.body, PR_TEST + 1);
        put(w, " if ");
        expr(w, e->v.IfExp.test, PR_TEST + 1);
        put(w, " else ");
        expr(w, e->v.IfExp.orelse, PR_TEST);
        put_if(w, level > PR_TEST, ")");
        return;
    case Expr_Dict:
        put(w, "{");
        for (int i = 0; i < e->v.Dict.values.n; i++) {
            put_if(w, i > 0, ", ");
            Expr *k = e->v.Dict.keys.items[i];
            if (k) {
                expr(w, k, PR_TEST);
                put(w, ": ");
                expr(w, e->v.Dict.values.items[i], PR_TEST);
            } else {
                put(w, "**");
                expr(w, e->v.Dict.values.items[i], PR_EXPR);
            }
        }
        put(w, "}");
        return;
    case Expr_Set:
        if (e->v.Set.elts.n == 0) { put(w, "{*()}"); return; }
        put(w, "{");
        seq(w, e->v.Set.elts, PR_TEST);
        put(w, "}");
        return;
    case Expr_GeneratorExp:
        put(w, "(");
        expr(w, e->v.GeneratorExp.elt, PR_TEST);
        comprehensions(w, e->v.GeneratorExp.generators);
        put(w, ")");
        return;
    case Expr_ListComp:
        put(w, "[");
        expr(w, e->v.ListComp.elt, PR_TEST);
        comprehensions(w, e->v.ListComp.generators);
        put(w, "]");
        return;
    case Expr_SetComp:
        put(w, "{");
        expr(w, e->v.SetComp.elt, PR_TEST);
        comprehensions(w, e->v.SetComp.generators);
        put(w, "}");
        return;
    case Expr_DictComp:
        put(w, "{");
        expr(w, e->v.DictComp.key, PR_TEST);
        put(w, ": ");
        expr(w, e->v.DictComp.value, PR_TEST);
        comprehensions(w, e->v.DictComp.generators);
        put(w, "}");
        return;
    case Expr_Await:
        put_if(w, level > PR_AWAIT, "(");
        put(w, "await ");
        expr(w, e->v.Await.value, PR_ATOM);
        put_if(w, level > PR_AWAIT, ")");
        return;
    case Expr_Yield:
        if (!e->v.Yield.value) { put(w, "(yield)"); return; }
        put(w, "(yield ");
        expr(w, e->v.Yield.value, PR_TEST);
        put(w, ")");
        return;
    case Expr_YieldFrom:
        put(w, "(yield from ");
        expr(w, e->v.YieldFrom.value, PR_TEST);
        put(w, ")");
        return;
    case Expr_Compare:
        put_if(w, level > PR_CMP, "(");
        expr(w, e->v.Compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            put(w, cmp_text(e->v.Compare.ops.items[i]));
            expr(w, e->v.Compare.comparators.items[i], PR_CMP + 1);
        }
        put_if(w, level > PR_CMP, ")");
        return;
    case Expr_Call: {
        expr(w, e->v.Call.func, PR_ATOM);
        ExprSeq args = e->v.Call.args;
        KeywordSeq kws = e->v.Call.keywords;
        if (args.n == 1 && kws.n == 0 && args.items[0]->kind == Expr_GeneratorExp) {
            expr(w, args.items[0], PR_TEST);
            return;
        }
        put(w, "(");
        bool first = true;
        for (int i = 0; i < args.n; i++) {
            put_if(w, !first, ", ");
            first = false;
            expr(w, args.items[i], PR_TEST);
        }
        for (int i = 0; i < kws.n; i++) {
            put_if(w, !first, ", ");
            first = false;
            if (kws.items[i]->arg) {
                put(w, kws.items[i]->arg);
                put(w, "=");
                expr(w, kws.items[i]->value, PR_TEST);
            } else {
                put(w, "**");
                expr(w, kws.items[i]->value, PR_EXPR);
            }
        }
        put(w, ")");
        return;
    }
    case Expr_FormattedValue:
        formatted_value(w, e);
        return;
    case Expr_JoinedStr:
        joined_str(w, e);
        return;
    case Expr_Constant:
        constant(w, &e->v.Constant);
        return;
    case Expr_Attribute: {
        Expr *v = e->v.Attribute.value;
        expr(w, v, PR_ATOM);
        /* `1 .real`: an int literal needs a space before the dot */
        put(w, v->kind == Expr_Constant && v->v.Constant.kind == Const_Int ? " ." : ".");
        put(w, e->v.Attribute.attr);
        return;
    }
    case Expr_Subscript: {
        expr(w, e->v.Subscript.value, PR_ATOM);
        put(w, "[");
        Expr *s = e->v.Subscript.slice;
        if (s->kind == Expr_Tuple && s->v.Tuple.elts.n) {
            seq(w, s->v.Tuple.elts, PR_TEST);
            put_if(w, s->v.Tuple.elts.n == 1, ",");
        } else {
            expr(w, s, PR_TUPLE);
        }
        put(w, "]");
        return;
    }
    case Expr_Starred:
        put(w, "*");
        expr(w, e->v.Starred.value, PR_EXPR);
        return;
    case Expr_Name:
        put(w, e->v.Name.id);
        return;
    case Expr_List:
        put(w, "[");
        seq(w, e->v.List.elts, PR_TEST);
        put(w, "]");
        return;
    case Expr_Tuple:
        if (e->v.Tuple.elts.n == 0) { put(w, "()"); return; }
        put_if(w, level > PR_TUPLE, "(");
        seq(w, e->v.Tuple.elts, PR_TEST);
        put_if(w, e->v.Tuple.elts.n == 1, ",");
        put_if(w, level > PR_TUPLE, ")");
        return;
    case Expr_Slice:
        if (e->v.Slice.lower) expr(w, e->v.Slice.lower, PR_TEST);
        put(w, ":");
        if (e->v.Slice.upper) expr(w, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            put(w, ":");
            expr(w, e->v.Slice.step, PR_TEST);
        }
        return;
    }
}

Str *unparse_expr(Expr *e) {
    W w = {{0}, false};
    strbuf_init(&w.b);
    expr(&w, e, PR_TEST);
    if (w.failed) {
        strbuf_free(&w.b);
        if (!err_occurred()) raise_msg(&exc_SystemError, "cannot unparse the annotation");
        return NULL;
    }
    return strbuf_finish(&w.b);
}
