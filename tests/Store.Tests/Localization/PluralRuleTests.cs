using Store.Core.Localization;
using Xunit;

namespace Store.Tests.Localization;

public sealed class PluralRuleTests
{
    private const string Russian = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
    private const string Polish = "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
    private const string Arabic = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(21, 1)]
    public void English(long n, int form) => Assert.Equal(form, PluralRule.Parse("nplurals=2; plural=(n != 1);").Select(n));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(100, 1)]
    public void French(long n, int form) => Assert.Equal(form, PluralRule.Parse("nplurals=2; plural=(n > 1);").Select(n));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    [InlineData(14, 2)]
    [InlineData(21, 0)]
    [InlineData(22, 1)]
    [InlineData(25, 2)]
    [InlineData(101, 0)]
    [InlineData(111, 2)]
    public void Russian_rule(long n, int form) => Assert.Equal(form, PluralRule.Parse(Russian).Select(n));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(12, 2)]
    [InlineData(14, 2)]
    [InlineData(21, 2)]
    [InlineData(22, 1)]
    [InlineData(102, 1)]
    [InlineData(112, 2)]
    public void Polish_rule(long n, int form) => Assert.Equal(form, PluralRule.Parse(Polish).Select(n));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(99, 4)]
    [InlineData(100, 5)]
    [InlineData(102, 5)]
    [InlineData(103, 3)]
    [InlineData(111, 4)]
    public void Arabic_rule(long n, int form)
    {
        var rule = PluralRule.Parse(Arabic);

        Assert.Equal(6, rule.Count);
        Assert.Equal(form, rule.Select(n));
    }

    [Theory]
    [InlineData("n % 10 + 1 * 2", 13, 5)]
    [InlineData("(n % 10 + 1) * 2", 13, 8)]
    [InlineData("!n", 0, 1)]
    [InlineData("!n", 3, 0)]
    [InlineData("-n + 10", 3, 7)]
    [InlineData("n / 2 - 1", 9, 3)]
    [InlineData("1 ? 2 : 3 ? 4 : 5", 0, 2)]
    [InlineData("0 ? 2 : 0 ? 4 : 5", 0, 5)]
    [InlineData("n >= 2 && n <= 4 || n == 7", 7, 1)]
    [InlineData("n < 2 || n > 4 && n != 7", 7, 0)]
    [InlineData("n / (n - 1)", 1, -1)]
    public void Evaluates_c_precedence(string expression, long n, int expected) =>
        Assert.Equal(expected, PluralRule.Compile(expression)(n));

    [Theory]
    [InlineData("")]
    [InlineData("n +")]
    [InlineData("(n")]
    [InlineData("n = 1")]
    [InlineData("x")]
    [InlineData("nn")]
    [InlineData("n ? 1")]
    [InlineData("1 2")]
    [InlineData("n & 1")]
    [InlineData("n | 1")]
    [InlineData("99999999999999999999")]
    public void Bad_expressions_throw(string expression) =>
        Assert.Throws<FormatException>(() => PluralRule.Compile(expression));

    [Theory]
    [InlineData("plural=(n != 1);")]
    [InlineData("nplurals=two; plural=(n != 1);")]
    [InlineData("nplurals=0; plural=0;")]
    [InlineData("nplurals=2;")]
    [InlineData("nplurals=2; plural=(n !! 1);")]
    public void Bad_headers_throw(string header) => Assert.Throws<FormatException>(() => PluralRule.Parse(header));

    [Fact]
    public void Single_form_languages_may_omit_the_expression()
    {
        var rule = PluralRule.Parse("nplurals=1;");

        Assert.Equal(1, rule.Count);
        Assert.Equal(0, rule.Select(42));
    }

    [Fact]
    public void Default_is_english()
    {
        Assert.Equal(2, PluralRule.Default.Count);
        Assert.Equal(0, PluralRule.Default.Select(1));
        Assert.Equal(1, PluralRule.Default.Select(0));
    }
}
