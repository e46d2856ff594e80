"""One person under many names."""

from summitcheck.align.people import same_person


def test_two_letter_surnames_are_the_full_name():
    assert same_person("Li", "Li Qiang") and same_person("Xi", "Xi Jinping")
    assert not same_person("Li", "Han Zheng")
