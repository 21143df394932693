fn main() -> std::process::ExitCode {
    voipbin_standin::cli::main()
}
