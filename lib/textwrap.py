"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words (a no-break space does not).
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(text, i):
    """Length of the run of '-' starting at i."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i


def _emdash_at(text, i):
    """Is there a run of 2+ hyphens at i followed by a word character?"""
    n = _dash_run(text, i)
    return n >= 2 and i + n < len(text) and _is_word(text[i + n])


def _split_words(text):
    """Split text into whitespace runs, words, and word pieces ending in a hyphen.

    A word breaks after a hyphen that follows two letters (or letter-hyphen-letter) and
    precedes letter, optional hyphen, letter: 'well-known' -> 'well-', 'known'.  A run of
    two or more hyphens between words ('a--b') becomes a chunk of its own."""
    chunks = []
    n = len(text)
    letter = lambda k: 0 <= k < n and _is_letter(text[k])
    i = 0
    while i < n:
        if _is_ws(text[i]):
            j = i
            while j < n and _is_ws(text[j]):
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _emdash_at(text, i):
            j = i + _dash_run(text, i)
        else:
            j = i + 1
            while True:
                if j == n or _is_ws(text[j]):
                    break
                if text[j] == '-':
                    k = j + 1  # just past the hyphen
                    before = (letter(k - 3) and letter(k - 2)) or \
                             (letter(k - 4) and text[k - 3] == '-' and letter(k - 2))
                    after = letter(k) and (letter(k + 1) or
                                           (k + 1 < n and text[k + 1] == '-' and letter(k + 2)))
                    if before and after:
                        j = k
                        break
                if _is_word_punct(text[j - 1]) and _emdash_at(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    i, n = 0, len(text)
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """Lowercase letter, then . ! or ?, then an optional quote, at the end of chunk."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wrap paragraphs of text into lines of at most `width` characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        chunks = _split_words(text) if self.break_on_hyphens else _split_on_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # whitespace at the start of a continuation line goes away
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_line_fits = (not chunks or self.drop_whitespace and len(chunks) == 1
                              and not chunks[0].strip()) and cur_len <= width
            if self.max_lines is None or len(lines) + 1 < self.max_lines or last_line_fits:
                lines.append(indent + ''.join(cur_line))
                continue
            # too many lines: end this one with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as a single string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width, ending with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line.

    Lines holding only spaces and tabs become empty; tabs and spaces are not equated."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(' \t')
        ind = line[:len(line) - len(stripped)]
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        n = len(margin)
        lines = [line[n:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (by default, lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix)
        out.append(line)
    return ''.join(out)
