namespace Parallax.Tests.Comparison;

/// <summary>
/// An invented story in two styles: a wire report of long, translated-style sentences that pack
/// several facts each, and a broadcaster's short sentences. Used to tune many-to-many alignment.
/// </summary>
internal static class PortStory
{
    public const string Wire =
        "Dock workers in the port of Calvera began an indefinite strike on Monday, and union leader Tomas Arrenko said in a statement sent to the harbour authority that the stoppage will continue until wages are raised. " +
        "The same sources indicated that the transport ministry is considering asking the army to move containers, while exporters warned that fruit shipments could rot within days. " +
        "Arrenko pointed out that the union had not been consulted about the new shift rules, which the ministry introduced in January. " +
        "In a related context, the city council approved a new budget for road repairs.";

    public const string Broadcast =
        "Thousands of dockers walked off the job in Calvera on Monday. " +
        "Union chief Tomas Arrenko wrote to the harbour authority that the strike would go on until pay rises. " +
        "Fruit exporters fear their shipments will spoil within days. " +
        "The transport ministry may call in the army to move the containers. " +
        "The ministry brought in the new shift rules in January without consulting the union, Arrenko said. " +
        "Calvera's football club won its league match on Sunday.";
}
