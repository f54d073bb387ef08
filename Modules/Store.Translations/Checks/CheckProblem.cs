namespace Store.Translations.Checks;

/// <summary>One finding of a check: an error fails <c>translations check</c>, a warning is only reported.</summary>
public sealed record CheckProblem(bool IsError, string File, int Line, string Message)
{
    public override string ToString() => $"{(IsError ? "error" : "warning")}: {File}{(Line > 0 ? $":{Line}" : string.Empty)}: {Message}";
}
