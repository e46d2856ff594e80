"""One person under many names."""

from summitcheck.align.people import canonical_names, same_person


def test_two_letter_surnames_are_the_full_name():
    assert same_person("Li", "Li Qiang") and same_person("Xi", "Xi Jinping")
    assert not same_person("Li", "Han Zheng")


def test_a_name_with_bin_is_called_by_its_given_name():
    from summitcheck.align.people import same_person
    assert same_person("Prince Faisal", "Faisal bin Farhan")
    assert same_person("Faisal bin Farhan", "Prince Faisal bin Farhan Al Saud")
    assert not same_person("Mohammed bin Zayed", "Mohammed bin Salman")
    assert not same_person("Prince Faisal", "Mohammed bin Salman")


def test_a_name_with_bin_needs_the_same_given_name_and_father():
    # transliterations of one given name, with and without a royal title
    assert same_person("Mohammad bin Salman", "Crown Prince Mohammed bin Salman")
    # brothers share their father's name, not their own
    assert not same_person("Mansour bin Zayed", "Mohamed bin Zayed")
    assert not same_person("Mansour bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan")
    assert same_person("Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan")


def test_a_name_cut_short_after_its_second_word_is_the_full_name():
    assert same_person("Moussa Faki", "Moussa Faki Mahamat")
    assert not same_person("Moussa Faki", "Moussa Mahamat")


def test_a_given_name_written_as_its_initial_is_the_name():
    assert same_person("S. Jaishankar", "Subrahmanyam Jaishankar")
    assert not same_person("S. Jaishankar", "Subrahmanyam Swamy")


def test_a_surname_joins_its_person_whichever_spelling_heads_the_cluster():
    # "Zelenskiy" (Reuters style) is the most frequent full name here, and the surname alone is
    # spelt as another source spells the full name
    names = ["Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelensky"]
    assert set(canonical_names(names).values()) == {"Volodymyr Zelenskiy"}


def test_two_people_sharing_no_name_stay_apart():
    mapping = canonical_names(["Volodymyr Zelensky", "Denys Shmyhal", "Shmyhal"])
    assert mapping["Shmyhal"] == "Denys Shmyhal" and mapping["Volodymyr Zelensky"] == "Volodymyr Zelensky"
