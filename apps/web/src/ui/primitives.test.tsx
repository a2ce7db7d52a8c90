// @vitest-environment jsdom
import "../testing/dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Button } from "./button";
import { Notice } from "./notice";
import { TextField } from "./text-field";
import { useMoveFocus } from "./use-move-focus";

function described(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `<missing #${id}>`).join(" ");
}

describe("TextField", () => {
  it("is named by its label and described by its hint", () => {
    render(<TextField label="Your nickname" hint="Shown to the other players." defaultValue="" />);
    const input = screen.getByRole("textbox", { name: "Your nickname" });
    expect(described(input)).toBe("Shown to the other players.");
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("puts a problem in place of the hint and marks the field invalid", () => {
    render(<TextField label="Email" hint="We never share it." problem="Enter a valid email address." />);
    const input = screen.getByRole("textbox", { name: "Email" });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(described(input)).toBe("Enter a valid email address.");
    expect(screen.queryByText("We never share it.")).toBeNull();
  });

  it("has no description at all without a hint or a problem", () => {
    render(<TextField label="Lobby code" />);
    expect(screen.getByRole("textbox", { name: "Lobby code" }).hasAttribute("aria-describedby")).toBe(false);
  });

  it("keeps two fields with the same label apart", () => {
    render(
      <>
        <TextField label="Name" hint="first" />
        <TextField label="Name" hint="second" />
      </>,
    );
    expect(screen.getAllByRole("textbox", { name: "Name" }).map(described)).toEqual(["first", "second"]);
  });
});

describe("Notice", () => {
  it("is an alert when asked, with its actions and a named dismiss button", async () => {
    const dismiss = vi.fn();
    render(
      <Notice tone="error" role="alert" actions={<Button>Retry</Button>} onDismiss={dismiss}>
        Can't reach the server.
      </Notice>,
    );
    expect(screen.getByRole("alert").textContent).toContain("Can't reach the server.");
    expect(screen.getByRole("button", { name: "Retry" }).getAttribute("type")).toBe("button");
    await userEvent.setup().click(screen.getByRole("button", { name: "Dismiss" }));
    expect(dismiss).toHaveBeenCalledTimes(1);
  });

  it("takes no role of its own when it sits inside a live region", () => {
    render(<Notice tone="info">No games yet.</Notice>);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });
});

function Steps() {
  const [step, setStep] = useState(0);
  const ref = useMoveFocus<HTMLHeadingElement>(step === 0 ? null : step);
  return (
    <>
      <button onClick={() => setStep((value) => value + 1)}>Next</button>
      <h1 ref={ref} tabIndex={-1}>
        Step {step}
      </h1>
    </>
  );
}

describe("useMoveFocus", () => {
  it("moves focus when its trigger changes to a value, not before", async () => {
    const user = userEvent.setup();
    render(<Steps />);
    expect(document.activeElement).toBe(document.body);
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Step 1" }));
    screen.getByRole("button", { name: "Next" }).focus();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Step 2" }));
  });
});
