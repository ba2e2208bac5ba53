namespace Klimaspor.Features.Calculations;

/// <summary>A month on a realistic site (Økern sykehjem, March 2026), as rows copied from the template workbook.</summary>
internal static class CalculatorExample
{
    public static readonly (string Period, string Machines, string Vehicles, string Energy) Okern = (
        "2026-03",
        "Maskin-ID\tMaskintype\tVekt (tonn)\tEnergibærer\tUtslippsklasse\tDriftstimer\tTomgangstimer\tDrivstoff (liter)\tStrøm (kWh)\tDatakilde\n" +
        "VOLVO-EC230E-1042\tGravemaskin\t23\tel-kabel\tnullutslipp\t168\t31\t\t6 720\ttelematikk\n" +
        "CAT-950-88213\tHjullaster\t19,5\tHVO100\tstage-v\t142\t48\t1 610\t\ttelematikk\n" +
        "VOLVO-A30G-5521\tDumper\t24\tdiesel\tstage-v\t120\t35\t1 480\t\ttankanlegg\n" +
        "KOMATSU-PC55-771\tMinigraver\t5,5\tel-batteri\tnullutslipp\t96\t12\t\t1 150\tmaaler\n",
        "Reg.nr.\tKjøretøytype\tFormål\tEnergibærer\tEuroklasse\tAntall turer\tKjørte km\tTransportert (tonn)\tDrivstoff (liter)\tGass (kg)\tStrøm (kWh)\tDatakilde\n" +
        "EL 12345\tlastebil\tmassetransport\tel-batteri\tnullutslipp\t64\t2 240\t1 650\t\t\t2 910\ttelematikk\n" +
        "BT 54321\tvogntog\tmassetransport\tbiogass\teuro-vi\t40\t1 860\t1 200\t\t780\t\tmanuell\n",
        "Måler/kilde\tEnergibærer\tFormål\tMengde\tEnhet\tDatakilde\n" +
        "Byggestrøm hovedtavle\tel-nett\tbyggvarme\t18 400\tkWh\tmaaler\n" +
        "Brakkerigg\tel-nett\tbrakkerigg\t5 200\tkWh\tmaaler\n");
}
