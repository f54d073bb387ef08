namespace Store.Tests.Content;

internal static class Html
{
    /// <summary>Where <paramref name="text"/> first stands in the page; fails when it is not there.</summary>
    public static int At(string html, string text)
    {
        var index = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"the page shows \"{text}\"");
        return index;
    }
}
