namespace Store.Reviews.Reviews;

public enum ReviewVoteKind
{
    Helpful,
    Report,
}
