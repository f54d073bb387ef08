namespace Store.Reviews.Reviews;

/// <summary>What a customer writes: 1 to 5 stars, a title and the text (plain text; links stay text).</summary>
public sealed record ReviewInput(int? Rating, string? Title, string? Body)
{
    /// <summary>The trimmed input, or the errors by field (JSON names).</summary>
    internal (ReviewInput Clean, Dictionary<string, string> Errors) Check()
    {
        var errors = new Dictionary<string, string>();
        var title = Plain(Title);
        var body = Plain(Body);
        if (Rating is not (>= 1 and <= 5))
        {
            errors["rating"] = "Choose from 1 to 5 stars.";
        }

        if (title.Length == 0 || title.Length > Review.MaxTitle)
        {
            errors["title"] = $"Give a title of 1 to {Review.MaxTitle} characters.";
        }

        if (body.Length == 0 || body.Length > Review.MaxBody)
        {
            errors["body"] = $"Write 1 to {Review.MaxBody} characters.";
        }

        return (this with { Title = title, Body = body }, errors);
    }

    // Control characters (other than line breaks) have no place in a review and could hide text.
    private static string Plain(string? text) =>
        new string((text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();
}
