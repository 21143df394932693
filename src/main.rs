fn main() {
    voipbin_desk::mount();
}
