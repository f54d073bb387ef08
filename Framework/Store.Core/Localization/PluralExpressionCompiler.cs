using System.Globalization;

namespace Store.Core.Localization;

/// <summary>
/// Recursive-descent compiler for the C subset used by gettext <c>plural=</c> expressions.
/// It builds closures rather than expression trees so it needs no runtime code generation.
/// </summary>
internal sealed class PluralExpressionCompiler
{
    private readonly string _text;
    private int _pos;

    private PluralExpressionCompiler(string text) => _text = text;

    public static Func<long, long> Compile(string expression)
    {
        var compiler = new PluralExpressionCompiler(expression);
        var result = compiler.Ternary();
        compiler.SkipSpace();
        if (compiler._pos < compiler._text.Length)
        {
            throw compiler.Error($"unexpected '{compiler._text[compiler._pos]}'");
        }

        return result;
    }

    // C precedence, lowest first: ?:  ||  &&  == !=  < > <= >=  + -  * / %  unary
    private Func<long, long> Ternary()
    {
        var condition = LogicalOr();
        if (!Accept("?"))
        {
            return condition;
        }

        var whenTrue = Ternary();
        Expect(":");
        var whenFalse = Ternary();
        return n => condition(n) != 0 ? whenTrue(n) : whenFalse(n);
    }

    private Func<long, long> LogicalOr()
    {
        var left = LogicalAnd();
        while (Accept("||"))
        {
            var l = left;
            var r = LogicalAnd();
            left = n => l(n) != 0 || r(n) != 0 ? 1 : 0;
        }

        return left;
    }

    private Func<long, long> LogicalAnd()
    {
        var left = Equality();
        while (Accept("&&"))
        {
            var l = left;
            var r = Equality();
            left = n => l(n) != 0 && r(n) != 0 ? 1 : 0;
        }

        return left;
    }

    private Func<long, long> Equality()
    {
        var left = Relational();
        while (true)
        {
            var l = left;
            if (Accept("=="))
            {
                var r = Relational();
                left = n => l(n) == r(n) ? 1 : 0;
            }
            else if (Accept("!="))
            {
                var r = Relational();
                left = n => l(n) != r(n) ? 1 : 0;
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> Relational()
    {
        var left = Additive();
        while (true)
        {
            var l = left;
            // Two-character operators must be tried before their one-character prefixes.
            if (Accept("<="))
            {
                var r = Additive();
                left = n => l(n) <= r(n) ? 1 : 0;
            }
            else if (Accept(">="))
            {
                var r = Additive();
                left = n => l(n) >= r(n) ? 1 : 0;
            }
            else if (Accept("<"))
            {
                var r = Additive();
                left = n => l(n) < r(n) ? 1 : 0;
            }
            else if (Accept(">"))
            {
                var r = Additive();
                left = n => l(n) > r(n) ? 1 : 0;
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> Additive()
    {
        var left = Multiplicative();
        while (true)
        {
            var l = left;
            if (Accept("+"))
            {
                var r = Multiplicative();
                left = n => unchecked(l(n) + r(n));
            }
            else if (Accept("-"))
            {
                var r = Multiplicative();
                left = n => unchecked(l(n) - r(n));
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> Multiplicative()
    {
        var left = Unary();
        while (true)
        {
            var l = left;
            if (Accept("*"))
            {
                var r = Unary();
                left = n => unchecked(l(n) * r(n));
            }
            else if (Accept("/"))
            {
                var r = Unary();
                left = n => l(n) / r(n);
            }
            else if (Accept("%"))
            {
                var r = Unary();
                left = n => l(n) % r(n);
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> Unary()
    {
        // "!=" is binary; only a lone "!" is negation.
        if (Peek("!") && !Peek("!="))
        {
            _pos++;
            var operand = Unary();
            return n => operand(n) == 0 ? 1 : 0;
        }

        if (Accept("-"))
        {
            var operand = Unary();
            return n => unchecked(-operand(n));
        }

        if (Accept("+"))
        {
            return Unary();
        }

        return Primary();
    }

    private Func<long, long> Primary()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of expression");
        }

        var c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            var inner = Ternary();
            Expect(")");
            return inner;
        }

        if (c == 'n' && !IsIdentifierChar(_pos + 1))
        {
            _pos++;
            return n => n;
        }

        if (char.IsAsciiDigit(c))
        {
            var start = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }

            if (!long.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw Error("integer literal out of range");
            }

            return _ => value;
        }

        throw Error($"unexpected '{c}'");
    }

    private bool IsIdentifierChar(int index) =>
        index < _text.Length && (char.IsAsciiLetterOrDigit(_text[index]) || _text[index] == '_');

    private bool Peek(string token)
    {
        SkipSpace();
        return string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0;
    }

    private bool Accept(string token)
    {
        if (!Peek(token))
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw Error(_pos < _text.Length ? $"expected '{token}' but found '{_text[_pos]}'" : $"expected '{token}'");
        }
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private FormatException Error(string message) =>
        new($"Invalid plural expression '{_text}' at position {_pos}: {message}.");
}
